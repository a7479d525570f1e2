import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type ChildProcess, spawn } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import type { Browser } from "puppeteer-core";
import { PipeTransport } from "./pipe-transport.ts";

export interface LaunchOptions {
  executablePath: string;
  signal?: AbortSignal;
  /** How long to wait for the browser to start. */
  timeoutMs?: number;
  /** The address its first tab opens (about:blank unless given). */
  startUrl?: string;
  /** Its environment (the build's, as its caller was given it; this process's unless given). */
  env?: Record<string, string | undefined>;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile. Safe to call more than once, and from signal handlers. */
  close(): Promise<void>;
}

const args = [
  "--headless=new",
  "--remote-debugging-pipe", // the protocol over file descriptors 3 and 4
  "--no-sandbox", // we run as root in CI and containers
  "--disable-gpu",
  "--disable-dev-shm-usage", // /dev/shm is tiny in containers
  "--export-tagged-pdf", // structure tree for screen readers
  "--allow-file-access-from-files", // Paged.js fetch()es stylesheets: a file:// page needs this to read other files
  "--force-color-profile=srgb", // the same colours on every machine
  "--hide-scrollbars",
  "--mute-audio",
  // Pages laid out side by side, each in its own window, all work at full speed.
  "--disable-background-timer-throttling",
  "--disable-backgrounding-occluded-windows",
  "--disable-renderer-backgrounding",
  "--disable-ipc-flooding-protection",
  "--disable-hang-monitor",
  // No network is there to reach, and nothing but our pages should run: keep Chromium from trying.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-component-extensions-with-background-pages",
  "--disable-extensions",
  "--disable-default-apps",
  "--disable-client-side-phishing-detection",
  "--disable-features=Translate,BackForwardCache,AcceptCHFrame,MediaRouter,OptimizationHints",
  "--disable-breakpad",
  "--disable-sync",
  "--metrics-recording-only",
  "--password-store=basic",
  "--use-mock-keychain",
  "--no-first-run",
  "--disable-quic",
];

/** Each browser's process: puppeteer's connect() does not know it, and tests ask whether it is gone. */
const processes = new WeakMap<Browser, ChildProcess>();

export function browserProcess(browser: Browser): ChildProcess | undefined {
  return processes.get(browser);
}

/** How long a polite close may take before the process group is killed. */
const closeGraceMs = 5_000;

export async function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser> {
  const { executablePath, signal, timeoutMs = 30_000, startUrl = "about:blank", env } = options;
  signal?.throwIfAborted();
  // Our own profile directory, so that it is removed even when the process is killed.
  const profile = await mkdtemp(path.join(tmpdir(), "folio-chromium-"));
  // The leader of its own process group (detached), so that killing the
  // group takes the renderers with it; the DevTools protocol runs over file
  // descriptors 3 and 4 (--remote-debugging-pipe).
  const child = spawn(executablePath, [...args, `--user-data-dir=${profile}`, startUrl], {
    detached: true,
    stdio: ["ignore", "ignore", "pipe", "pipe", "pipe"],
    // FONTCONFIG_FILE and the like reach Chromium through it.
    env,
  });
  // Reading or writing a pipe to a browser that was killed fails: nothing is left to do with it.
  for (const stream of child.stdio) (stream as Readable | null)?.on("error", () => {});
  let output = "";
  child.stderr?.on(
    "data",
    (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-2000)),
  );
  let browser: Browser;
  try {
    browser = await startedWithin(
      timeoutMs,
      child,
      signal,
      () => output,
      async () => {
        // Imported once Chromium is starting, so that loading puppeteer (a few
        // tenths of a second) overlaps the browser's own start.
        const { connect } = await import("puppeteer-core");
        const transport = new PipeTransport(child.stdio[3] as Writable, child.stdio[4] as Readable);
        // No default viewport: pages keep their window's size (the cover sets its own).
        return connect({ transport, defaultViewport: null });
      },
    );
  } catch (error) {
    killGroup(child.pid);
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }

  processes.set(browser, child);
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= closeBrowser(browser, child, profile));
  return { browser, close };
}

/**
 * `connect()`'s browser, unless Chromium exits first, takes longer than
 * `timeoutMs`, or `signal` aborts (Ctrl-C while it starts: the caller kills it
 * at once rather than waiting for the connection).
 */
async function startedWithin(
  timeoutMs: number,
  child: ChildProcess,
  signal: AbortSignal | undefined,
  output: () => string,
  connect: () => Promise<Browser>,
): Promise<Browser> {
  let timer: NodeJS.Timeout | undefined;
  let onExit = () => {};
  let onAbort = () => {};
  const failed = new Promise<never>((_resolve, reject) => {
    const fail = (why: string) =>
      reject(new Error(output().trim() ? `${why}:\n${output().trim()}` : why));
    onExit = () =>
      fail(`the browser quit as it started (${child.signalCode ?? `exit code ${child.exitCode}`})`);
    onAbort = () => reject(signal?.reason);
    child.once("exit", onExit);
    child.once("error", reject); // no such file, not executable
    signal?.addEventListener("abort", onAbort, { once: true });
    if (signal?.aborted) onAbort(); // while the profile folder was being made
    timer = setTimeout(
      () => fail(`the browser did not start within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
  });
  const connecting = connect();
  connecting.catch(() => {}); // a connection cut by the kill that follows a failure is no news
  try {
    return await Promise.race([connecting, failed]);
  } finally {
    clearTimeout(timer);
    child.off("exit", onExit);
    signal?.removeEventListener("abort", onAbort);
  }
}

async function closeBrowser(browser: Browser, child: ChildProcess, profile: string): Promise<void> {
  const alive = () => child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => {
    if (!alive()) resolve();
    else child.once("exit", () => resolve());
  });
  // Killed, not asked to close: nothing of its state is kept (the profile is
  // removed next), and a polite close took Chromium up to a second, at the end
  // of every build.
  browser.disconnect();
  if (alive()) {
    killGroup(child.pid);
    // Let the kill land before removing the profile Chromium writes into.
    await Promise.race([exited, delay(closeGraceMs)]);
  }
  await rm(profile, { recursive: true, force: true, maxRetries: 3 });
}

function delay(ms: number): Promise<void> {
  // unref: a pending grace timer must not keep the CLI alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  // puppeteer starts Chromium as the leader of its own process group (detached):
  // killing the group takes the renderer and GPU processes with it.
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, "SIGKILL");
      return;
    } catch {
      // already gone, or no group: try the next form
    }
  }
}

/**
 * Runs `fn` with one browser and always closes it afterwards: on success, on a
 * throw, and as soon as `signal` aborts (rejecting with the abort reason even
 * if `fn` is still waiting on something). `fn` starts at once, with the
 * browser still starting in its own processes: it awaits the browser when it
 * needs it, and does its own work (reading the manuscripts, say) meanwhile.
 * `options` are launchBrowser()'s. A
 * CLI's SIGINT/SIGTERM handler aborts `signal`; code that uses launchBrowser()
 * directly calls close() instead.
 */
export async function withBrowser<T>(
  executablePath: string,
  fn: (browser: Promise<Browser>) => Promise<T>,
  signal?: AbortSignal,
  options: { timeoutMs?: number; startUrl?: string; env?: Record<string, string | undefined> } = {},
): Promise<T> {
  const launching = launchBrowser({ executablePath, signal, ...options });
  launching.catch(() => {}); // a browser that failed to start fails what awaits it
  const close = () =>
    launching.then(
      ({ close }) => close(),
      () => {},
    );
  let onAbort = () => {};
  const aborted = new Promise<never>((_resolve, reject) => {
    onAbort = () => {
      reject(signal?.reason);
      void close();
    };
  });
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  const work = (async () => fn(launching.then(({ browser }) => browser)))(); // a synchronous throw becomes a rejection too
  // Once aborted, fn's own failure (a closed connection) is noise: don't let it go unhandled.
  work.catch(() => {});
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal?.removeEventListener("abort", onAbort);
    await close();
  }
}
