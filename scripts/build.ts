// The recipe: find the manuscripts, load and check each, render its editions
// (both PDFs and the EPUB's cover in one shared browser), and write a
// publication's files only once all of its editions succeeded.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { VFile } from "vfile";
import { EnvironmentError, UsageError } from "./errors.ts";
import type { FrontMatter } from "./manuscript/front-matter.ts";
import { findManuscripts, slugOf } from "./manuscript/find.ts";
import { withBrowser } from "./browser/launch.ts";
import { PagedPages, writePagedDocument } from "./pdf/paged-pages.ts";
import { browserHelp, findBrowser } from "./browser/find.ts";
import { formatMessages } from "./report.ts";
import { Timings } from "./timings.ts";
import { type Edition, makeEditions, outputName } from "./editions.ts";

export interface BuildOptions {
  /** Manuscript files or folders. */
  inputs: string[];
  outDir: string;
  editions: Edition[];
  /** Build even the publications unchanged since their last build. */
  force?: boolean;
  /** Paper chosen on the command line, over each manuscript's `paper`. */
  paper?: FrontMatter["paper"];
  /** A browser executable chosen on the command line. */
  browser?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** A line of progress for each file written. */
  progress: (line: string) => void;
  /** Warnings and errors about the manuscripts: always shown. */
  problem: (line: string) => void;
}

/** Builds every publication; resolves to false when a manuscript had errors. */
export async function build(options: BuildOptions): Promise<boolean> {
  const { cwd, signal } = options;
  const timings = new Timings();
  timings.add("start-up", process.uptime() * 1000);
  const outDir = resolve(cwd, options.outDir);
  const paths = await findManuscripts(options.inputs, cwd);

  let ok = true;
  const clashes = sameOutputs(paths);
  for (const [slug, [first, ...others]] of clashes) {
    for (const other of others) {
      options.problem(`${relative(cwd, other)}:1:1: error: this manuscript's editions would have the same names as those of ${relative(cwd, first)} (${outputName(slug, "pdf")}, …): rename one of the two files`);
    }
    ok = false;
  }
  const clashing = new Set(clashes.flatMap(([, same]) => same));

  // SOURCE_DATE_EPOCH (reproducible-builds.org): the same dates in every build.
  const epoch = options.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;

  // Every edition needs the browser (the PDFs are laid out in it, the EPUB's
  // cover drawn): it starts first, and the manuscripts are read while it does.
  const found = await findBrowser({ path: options.browser, env: options.env, signal });
  if (!found) throw new UsageError(browserHelp);
  const failures: string[] = [];
  const workDir = await mkdtemp(join(tmpdir(), "folio-"));
  try {
    // The PDFs' pages start with the browser: its first tab loads Paged.js as it starts.
    const pagedDocument = options.editions.some((e) => e !== "epub") ? await writePagedDocument(workDir) : undefined;
    const startUrl = pagedDocument && pathToFileURL(pagedDocument).href;
    await withBrowser(found.executablePath, async (browser) => {
      const launched = performance.now();
      void browser.then(() => timings.add("browser", performance.now() - launched), () => {});
      const documents = options.editions.filter((e) => e !== "epub").length * paths.length;
      const pages = pagedDocument ? new PagedPages(browser, { folder: workDir, document: pagedDocument, documents }) : undefined;
      // The EPUB's cover window opens while the manuscripts are read
      // (should that fail, the first cover opens one).
      if (options.editions.includes("epub")) {
        const cover = import("./epub/cover.ts");
        void browser.then(async (b) => (await cover).openCoverWindow(b)).catch(() => {});
      }
      // Loaded here, not at start-up: the Markdown tools load while Chromium starts.
      const { loadPublication, ManuscriptError } = await import("./manuscript/load.ts");
      // A publication renders as soon as it is read, while the next one is
      // read: both the browser and Node stay busy, and only a few publications
      // are held in memory at once.
      const inFlight = semaphore(PUBLICATIONS_AT_ONCE);
      const renders: Promise<void>[] = [];
      for (const path of paths.filter((p) => !clashing.has(p))) {
        const done = await inFlight();
        signal?.throwIfAborted();
        let files: VFile[];
        try {
          const { publication, files: read } = await timings.time("load", () => loadPublication(path, cwd));
          if (options.paper) publication.meta.paper = options.paper;
          files = read;
          const rendered = makeEditions(publication, { ...options, outDir, browser, pages, date, timings }).catch((error) => {
            // One publication that fails to render does not cost the others theirs.
            if (!(error instanceof EnvironmentError) || signal?.aborted) throw error;
            failures.push(error.message);
          });
          const finished = rendered.finally(done);
          finished.catch(() => {}); // not unhandled while the next manuscripts are read: awaited below
          renders.push(finished);
        } catch (error) {
          done();
          if (!(error instanceof ManuscriptError)) throw error;
          files = error.files;
          ok = false;
        }
        for (const line of formatMessages(files)) options.problem(line);
      }
      await Promise.all(renders);
      // Chromium's start is timed by the event loop, which a long manuscript's
      // reading (one synchronous step) holds up: give it as long as a render.
    }, signal, { timeoutMs: Math.max(30_000, options.timeoutMs ?? 0), startUrl, env: options.env });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  // The download page and the catalog, from what each publication left in the output folder.
  const { publishOutput } = await import("./publish/publish.ts");
  await timings.time("publish", () => publishOutput({ outDir, cwd, inputs: options.inputs, date, progress: options.progress }));
  options.progress(timings.summary());
  if (failures.length > 0) throw new EnvironmentError(failures.join("\n"));
  return ok;
}

/** How many publications may be read and not yet written: two rendering, one being read. */
const PUBLICATIONS_AT_ONCE = 3;

/** Lets at most `size` holders in at a time; each gets the function that lets the next one in. */
function semaphore(size: number): () => Promise<() => void> {
  let free = size;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    return release;
  };
}

/** Manuscripts (or books) whose outputs would have one name (on a case-insensitive disk too), by slug. */
function sameOutputs(paths: string[]): [string, string[]][] {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugOf(path).toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  return [...bySlug].filter(([, same]) => same.length > 1);
}
