// The commands a benchmark runs: Folio itself, as its own process, and the
// tools people use today, each given the same manuscript.
import { fileURLToPath, pathToFileURL } from "node:url";

const CLI = fileURLToPath(new URL("../cli.ts", import.meta.url));
const PAGEDJS = fileURLToPath(new URL("../../node_modules/.bin/pagedjs-cli", import.meta.url));

export interface Run {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

export function folio(inputs: string[], out: string, editions: string[] = []): Run {
  // As `npm run build` runs it (package.json): with a larger young generation for the garbage collector.
  const args = ["--max-semi-space-size=64", "--import", import.meta.resolve("tsx"), CLI, "build", ...inputs, "--out", out, "--force"];
  return { command: process.execPath, args: [...args, ...editions.flatMap((e) => ["--edition", e])] };
}

export function pandocEpub(markdown: string, out: string): Run {
  return { command: "pandoc", args: [markdown, "-o", out] };
}

/** pagedjs-cli as its own command line, on the HTML Pandoc writes for the manuscript. */
export function pagedjs(html: string, out: string, browser: string): Run {
  const browserArgs = "--no-sandbox,--disable-gpu,--disable-dev-shm-usage,--disable-background-networking,--no-first-run";
  return { command: PAGEDJS, args: [html, "-o", out, "--browserArgs", browserArgs], env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser } };
}

/** Chromium's own printing of the same HTML, with no pagination at all: the floor. */
export function chromiumPrint(html: string, out: string, browser: string): Run {
  const args = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--no-pdf-header-footer"];
  return { command: browser, args: [...args, `--print-to-pdf=${out}`, pathToFileURL(html).href] };
}
