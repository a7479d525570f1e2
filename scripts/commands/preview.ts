// `folio preview`: a local server that shows each publication's print
// editions as Paged.js lays them out, and lays them out again on each save.
// It runs until Ctrl-C (exit 130) or SIGTERM (143), which close the server and
// the browser, as they stop a build.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { withBrowser } from "../browser/launch.ts";
import { browserHelp, findBrowser } from "../browser/find.ts";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";
import { findManuscripts, slugOf } from "../manuscript/find.ts";
import { PagedPages, writePagedDocument } from "../pdf/paged-pages.ts";
import { templatePath } from "../templates.ts";
import { PreviewedPublication } from "../preview/publication.ts";
import { type PreviewServer, startServer } from "../preview/server.ts";
import { watchFolders } from "../preview/watch.ts";

const usage = `Usage: folio preview [manuscript.md | book folder | folder ...] [options]

Shows the publications' download PDF and handout, page by page as they will
print, in a browser, and lays them out again each time a file they are made
of is saved. With no manuscript named, every publication in manuscript/.

Options:
  --port <number>    the port to listen on, on 127.0.0.1 (default: a free one)
  --open             open the preview in the system's browser
  --browser <path>   the Chrome or Chromium to lay out with (or FOLIO_BROWSER)
  --help             show this text
`;

export const previewCommand: Command = {
  usage,
  async run({ argv, cwd, env, stdout, stderr, signal }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: "string", default: "0" },
        open: { type: "boolean", default: false },
        browser: { type: "string" },
      },
    });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError("--port takes a port number, such as 4000");
    }
    const inputs = positionals.length > 0 ? positionals : ["manuscript"];
    const paths = await findManuscripts(inputs, cwd);
    const found = await findBrowser({ path: values.browser, env, signal });
    if (!found) throw new UsageError(browserHelp);

    const workDir = await mkdtemp(join(tmpdir(), "folio-"));
    let server: PreviewServer | undefined;
    let stopWatching = () => {};
    try {
      const document = await writePagedDocument(workDir);
      const startUrl = pathToFileURL(document).href;
      await withBrowser(
        found.executablePath,
        async (browser) => {
          // Two pages: the download edition and the handout side by side.
          const pages = new PagedPages(browser, { folder: workDir, document, documents: 2 });
          const context = { cwd, pages, signal };
          const publications = new Map(
            paths.map((path) => {
              const slug = slugOf(path);
              return [slug, new PreviewedPublication(slug, path, context)];
            }),
          );
          // A book's authors may sit beside its folder: the folder above each one is watched.
          const templates = dirname(templatePath("print.css"));
          const folders = [...paths.map((path) => dirname(path)), templates];
          stopWatching = watchFolders(folders, (files) => {
            for (const publication of publications.values()) {
              // Only a publication someone has looked at is built again.
              if (publication.started && files.some((file) => publication.dependsOn(file))) {
                void publication.refresh().catch(() => {}); // fails only when stopped
              }
            }
          });
          server = await startServer(publications, port);
          const one = publications.size === 1 ? `p/${[...publications.keys()][0]}/` : "";
          const names = paths.map((p) => relative(cwd, p)).join(", ");
          stdout.write(`Folio's preview of ${names}: ${server.address}${one}\n`);
          if (values.open) await (await import("open")).default(server.address + one);
          // Until Ctrl-C or SIGTERM: withBrowser then rejects with its reason, closing the browser.
          await new Promise<never>(() => {});
        },
        signal,
        { startUrl, env },
      );
    } catch (error) {
      if (!signal?.aborted) throw error;
      stderr.write("Preview stopped.\n");
      return signal.reason === "SIGTERM" ? 143 : 130;
    } finally {
      stopWatching();
      await server?.close();
      await rm(workDir, { recursive: true, force: true });
    }
    return 0; // never reached: the preview ends only when stopped
  },
};
