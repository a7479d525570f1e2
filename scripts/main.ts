// The command line as a function: arguments in, exit code out, so that tests
// run it in-process. Exit codes: 0 built, 1 a manuscript has errors, 2 a usage
// or environment problem (no browser, a bad flag, a render that failed),
// 130/143 interrupted.
import { parseArgs } from "node:util";
import { build, EDITIONS, type Edition } from "./build.ts";
import { BrowserNotFoundError } from "./pdf/find-browser.ts";
import { EnvironmentError, UsageError } from "./errors.ts";

export interface MainOptions {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  signal?: AbortSignal;
}

export const USAGE = `Usage: folio build [manuscript.md | folder ...] [options]

Builds each publication into a download PDF, a handout PDF and an EPUB.
With no manuscript named, builds every .md file at the top of manuscript/.

Options:
  --out <folder>       where to write the editions (default: output)
  --edition <name>     pdf, handout or epub; repeat for several (default: all three)
  --paper <size>       a4 or letter, for every publication (default: each one's \`paper\`, else a4)
  --browser <path>     the Chrome or Chromium to render PDFs with (or FOLIO_BROWSER)
  --timeout <seconds>  how long one edition may take to render (default: 120)
  --verbose            print progress even when output is not a terminal
  --help               show this text
`;

export async function main(options: MainOptions): Promise<number> {
  const { stdout, stderr } = options;
  try {
    const { values, positionals } = parseArgs({
      args: options.argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        edition: { type: "string", multiple: true },
        browser: { type: "string" },
        paper: { type: "string" },
        timeout: { type: "string", default: "120" },
        verbose: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
    const [command, ...inputs] = positionals;
    if (values.help) return stdout.write(USAGE), 0;
    if (command !== "build") throw new UsageError(`Unknown command ${command ?? "(none)"}.\n\n${USAGE}`);

    const editions = (values.edition ?? EDITIONS) as Edition[];
    const unknown = editions.find((e) => !EDITIONS.includes(e));
    if (unknown) throw new UsageError(`Unknown edition \`${unknown}\`: use pdf, handout or epub`);
    const paper = values.paper?.toLowerCase();
    if (paper !== undefined && paper !== "a4" && paper !== "letter") throw new UsageError("--paper takes a4 or letter");
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError("--timeout takes a number of seconds, such as 120");

    const showProgress = values.verbose || stdout.isTTY === true;
    const ok = await build({
      inputs: inputs.length > 0 ? inputs : ["manuscript"],
      outDir: values.out,
      editions: [...new Set(editions)],
      browser: values.browser,
      paper,
      cwd: options.cwd,
      env: options.env,
      timeoutMs: timeout * 1000,
      signal: options.signal,
      progress: (line) => showProgress && stdout.write(`${line}\n`),
      problem: (line) => stderr.write(`${line}\n`),
    });
    return ok ? 0 : 1;
  } catch (error) {
    if (options.signal?.aborted) {
      stderr.write("Interrupted: nothing was written for the publication being built.\n");
      return options.signal.reason === "SIGTERM" ? 143 : 130;
    }
    if (error instanceof UsageError || error instanceof EnvironmentError || error instanceof BrowserNotFoundError) {
      stderr.write(`${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown flags with this code: a usage error, not a bug.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      stderr.write(`${(error as Error).message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
