// The CLI as its own process, for the tests that signal or kill it, with its
// own TMPDIR: where its temporary files and its browser's profile go, and how
// to find that browser's processes.
import { execFileSync, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";

export interface Spawned {
  pid: number;
  tmp: string;
  stderr: () => string;
  /** What it printed so far: its progress lines, with --verbose. */
  stdout: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill: (signal: NodeJS.Signals) => void;
}

export async function spawnFolio(
  argv: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<Spawned> {
  const tmp = join(options.cwd, `tmp-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
  await mkdir(tmp, { recursive: true });
  // tsx by its full address: `--import tsx` would be looked up from the test's folder.
  const tsx = import.meta.resolve("tsx");
  const child = spawn(
    process.execPath,
    ["--import", tsx, new URL("../../scripts/cli.ts", import.meta.url).pathname, ...argv],
    {
      cwd: options.cwd,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...options.env, TMPDIR: tmp },
    },
  );
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => (stdout += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    pid: child.pid!,
    tmp,
    stderr: () => stderr,
    stdout: () => stdout,
    exited,
    kill: (signal) => child.kill(signal),
  };
}

/** The processes whose command line names `text` (pgrep -f), as pids. */
export function processesNaming(text: string): number[] {
  try {
    return execFileSync("pgrep", ["-f", text], { encoding: "utf8" })
      .trim()
      .split("\n")
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}

export async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}
