import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import puppeteer, { type Browser, type Page } from "puppeteer-core";

export interface LaunchOptions {
  executablePath: string;
  signal?: AbortSignal;
  /** How long to wait for the browser to start; puppeteer's default is 30 s. */
  timeoutMs?: number;
}

export interface LaunchedBrowser {
  browser: Browser;
  /** Closes the browser and removes its profile. Safe to call more than once, and from signal handlers. */
  close(): Promise<void>;
}

const args = [
  "--no-sandbox", // we run as root in CI and containers
  "--disable-gpu",
  "--disable-dev-shm-usage", // /dev/shm is tiny in containers
  "--export-tagged-pdf", // structure tree for screen readers
  "--allow-file-access-from-files", // Paged.js fetch()es stylesheets: a file:// page needs this to read other files
  // No network is there to reach: keep Chromium from trying.
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

let windows = 0;

/**
 * A page in a window of its own, which every page Folio opens gets.
 * browser.newPage() opens a tab, and a tab behind another gets no animation
 * frames: Paged.js, which waits for one between pages, would stop until it
 * was brought to the front. Pages in windows of their own work side by side.
 */
export async function openWindow(browser: Browser): Promise<Page> {
  const url = `about:blank#folio-window-${++windows}`;
  const session = await browser.target().createCDPSession();
  try {
    await session.send("Target.createTarget", { url, newWindow: true });
  } finally {
    void session.detach().catch(() => {});
  }
  const target = await browser.waitForTarget((t) => t.url() === url);
  const page = await target.page();
  if (!page) throw new Error("the browser opened a window with no page");
  return page;
}

/** How long a polite close may take before the process group is killed. */
const closeGraceMs = 5_000;

export async function launchBrowser(options: LaunchOptions): Promise<LaunchedBrowser> {
  const { executablePath, signal, timeoutMs = 30_000 } = options;
  signal?.throwIfAborted();
  // Our own profile directory, so that it is removed even when the process is killed.
  const profile = await mkdtemp(path.join(tmpdir(), "folio-chromium-"));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      headless: "new", // `true` prints a deprecation banner in puppeteer 20
      args: [...args, `--user-data-dir=${profile}`],
      timeout: timeoutMs,
      // The CLI owns the signals (it calls close()); puppeteer's SIGINT handler would call process.exit.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      waitForInitialPage: false,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }

  let closing: Promise<void> | undefined;
  const close = () => (closing ??= closeBrowser(browser, profile));
  // An abort that arrived while Chromium was starting.
  if (signal?.aborted) {
    await close();
    signal.throwIfAborted();
  }
  return { browser, close };
}

async function closeBrowser(browser: Browser, profile: string): Promise<void> {
  const child = browser.process();
  const alive = () => child !== null && child.exitCode === null && child.signalCode === null;
  const exited = new Promise<void>((resolve) => {
    if (!alive()) resolve();
    else child?.once("exit", () => resolve());
  });
  // Killed, not asked to close: nothing of its state is kept (the profile is
  // removed next), and a polite close took Chromium up to a second, at the end
  // of every build.
  browser.disconnect();
  if (alive()) {
    killGroup(child?.pid);
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
 * `options.timeoutMs` bounds the browser's start. A
 * CLI's SIGINT/SIGTERM handler aborts `signal`; code that uses launchBrowser()
 * directly calls close() instead.
 */
export async function withBrowser<T>(
  executablePath: string,
  fn: (browser: Promise<Browser>) => Promise<T>,
  signal?: AbortSignal,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  const launching = launchBrowser({ executablePath, signal, timeoutMs: options.timeoutMs });
  launching.catch(() => {}); // a browser that failed to start fails what awaits it
  const close = () => launching.then(({ close }) => close(), () => {});
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
