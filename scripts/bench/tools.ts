// The commands a benchmark runs: Folio itself, as its own process, and the
// tools people use today, each given the same manuscript.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const PAGEDJS = fileURLToPath(new URL("../../node_modules/.bin/pagedjs-cli", import.meta.url));

export interface Measurement {
  id: string;
  label: string;
  runs: Run[];
  /** Multiplies the time: a sample of 10 articles stands for 100. */
  scale?: number;
}

export interface Target {
  label: string;
  ratio: [string, string];
  /** The ratio must be at most this (or at least, for throughput). */
  limit: number;
  atLeast?: boolean;
}

export interface Run {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** It times itself and prints `seconds <s>`: that is its time, not its wall time. */
  selfTimed?: boolean;
}

/**
 * Folio as `npm run build` runs it: package.json's own command (bundle the
 * CLI, then run the bundle), without npm's start-up around it.
 */
export function folio(inputs: string[], out: string, editions: string[] = []): Run {
  const script = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts.build as string;
  const args = [...inputs, "--out", out, "--force", ...editions.flatMap((e) => ["--edition", e])];
  const env = { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH}` }; // as npm sets it
  return { command: "sh", args: ["-c", `cd "$0" && ${script} "$@"`, ROOT, ...args], env };
}

export function pandocEpub(markdown: string, out: string): Run {
  return { command: "pandoc", args: [markdown, "-o", out] };
}

/** pagedjs-cli as its own command line, on the HTML Pandoc writes for the manuscript. */
export function pagedjs(html: string, out: string, browser: string): Run {
  const browserArgs =
    "--no-sandbox,--disable-gpu,--disable-dev-shm-usage,--disable-background-networking,--no-first-run";
  return {
    command: PAGEDJS,
    args: [html, "-o", out, "--browserArgs", browserArgs],
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser },
  };
}

/** Chromium's own printing of the same HTML, with no pagination at all: the floor. */
export function chromiumPrint(html: string, out: string, browser: string): Run {
  const args = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--no-pdf-header-footer",
  ];
  return { command: browser, args: [...args, `--print-to-pdf=${out}`, pathToFileURL(html).href] };
}

/**
 * Folio through its queue (`npm run worker`, `npm run batch -- --wait`), from
 * nothing: a Redis of its own on `port`, emptied, `workers` workers started
 * (each starts its browser, as a build does), the batch queued and followed
 * to its end, the workers stopped. The output folder is emptied first: a
 * worker skips what is unchanged, as a build without --force does.
 */
export function folioQueue(inputs: string[], out: string, workers: number, port: number): Run {
  const scripts = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts;
  // The CLI bundled as `npm run batch` bundles it.
  const bundle = (scripts.batch as string).replace(/ && node .*$/, "");
  const cli = "node --max-semi-space-size=64 node_modules/.cache/folio/cli.js";
  const redis = `--redis redis://127.0.0.1:${port}`;
  const script = [
    `cd "$0" && ${bundle} && rm -rf "$1"`,
    `redis-server --port ${port} --bind 127.0.0.1 --save '' --appendonly no >/dev/null & server=$!`,
    `until redis-cli -p ${port} ping >/dev/null 2>&1; do sleep 0.02; done`,
    `pids=; for i in $(seq ${workers}); do`,
    `  ${cli} worker ${redis} >/dev/null & pids="$pids $!"`,
    "done",
    `shift; ${cli} batch "$@" ${redis} --wait >/dev/null; code=$?`,
    `kill -TERM $pids; wait $pids; kill $server; wait $server; exit $code`,
  ].join("\n");
  const env = { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH}` };
  return { command: "sh", args: ["-c", script, ROOT, out, ...inputs, "--out", out], env };
}

/** `npm run preview` of a manuscript, from a save to the page updated (./preview-save.ts). */
export function previewSave(manuscript: string): Run {
  const script = fileURLToPath(new URL("preview-save.ts", import.meta.url));
  // tsx by its full address: the benchmark runs in a folder of its own.
  return {
    command: process.execPath,
    args: ["--import", import.meta.resolve("tsx"), script, manuscript],
    selfTimed: true,
  };
}

/** Whether `command` runs here (it answers `--version`). */
export function installed(command: string): boolean {
  try {
    execFileSync(command, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
