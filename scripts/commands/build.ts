// `folio build`: the options of the build command, read into BuildOptions.
import { parseArgs } from "node:util";
import { build } from "../build.ts";
import type { Edition } from "../model.ts";
import { EDITIONS } from "../output/edition-names.ts";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";

const usage = `Usage: folio build [manuscript.md | book folder | folder ...] [options]

Builds each publication into a download PDF, a handout PDF and an EPUB.
With no manuscript named, builds every .md file at the top of manuscript/
and every folder there with a book.yaml (a book of chapters).

Options:
  --out <folder>       where to write the editions (default: output)
  --edition <name>     pdf, handout or epub; repeat for several (default: all three)
  --paper <size>       a4 or letter, for every publication (default: each one's \`paper\`, else a4)
  --browser <path>     the Chrome or Chromium to render with (or FOLIO_BROWSER)
  --timeout <seconds>  how long one edition may take to render (default: 120)
  --force              build even the publications unchanged since their last build
  --verbose            print progress, and where the time went, even when output is not a terminal
  --check              then check what was built, as \`folio check\` does (exit 1 if a check fails)
  --help               show this text
`;

export const buildCommand: Command = {
  usage,
  async run({ argv, cwd, env, stdout, stderr, signal }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        edition: { type: "string", multiple: true },
        browser: { type: "string" },
        paper: { type: "string" },
        timeout: { type: "string", default: "120" },
        verbose: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        check: { type: "boolean", default: false },
      },
    });
    const editions = (values.edition ?? EDITIONS) as Edition[];
    const unknown = editions.find((e) => !EDITIONS.includes(e));
    if (unknown) throw new UsageError(`Unknown edition \`${unknown}\`: use pdf, handout or epub`);
    const paper = values.paper?.toLowerCase();
    if (paper !== undefined && paper !== "a4" && paper !== "letter")
      throw new UsageError("--paper takes a4 or letter");
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError("--timeout takes a number of seconds, such as 120");

    const showProgress = values.verbose || stdout.isTTY === true;
    const inputs = positionals.length > 0 ? positionals : ["manuscript"];
    const ok = await build({
      inputs,
      outDir: values.out,
      editions: [...new Set(editions)],
      browser: values.browser,
      paper,
      force: values.force,
      cwd,
      env,
      timeoutMs: timeout * 1000,
      signal,
      progress: (line) => showProgress && stdout.write(`${line}\n`),
      problem: (line) => stderr.write(`${line}\n`),
    });
    if (!values.check || !ok) return ok ? 0 : 1; // a failed build's editions are not worth checking
    const { out: outDir, browser } = values;
    const { checkBuilt } = await import("../check/check.ts"); // its validators cost a plain build start-up time
    return checkBuilt({
      inputs,
      outDir,
      editions,
      paper,
      browser,
      cwd,
      env,
      signal,
      write: (text) => stdout.write(text),
    });
  },
};
