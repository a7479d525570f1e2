// Lays out one HTML file with Paged.js in a page of the build's shared browser
// and prints it. pagedjs-cli's Printer did this through a second connection to
// the browser, serialized the whole document once for nothing, and waited for
// half a second of network silence after layout; this drives the same Paged.js
// (pagedjs-cli's browser bundle) in one page, and lets the page read nothing
// but the files the build gave it (see ./requests.ts).
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { handlerScript } from "./handler-script.ts";
import { parseOutline, type OutlineItem } from "./outline.ts";
import { pagedjsCliFile } from "./pagedjs-cli-file.ts";
import { allowOnly } from "./requests.ts";

export interface RenderOptions {
  /** Absolute path of the HTML file: CSS inline, fonts and images as file:// URLs. */
  htmlFile: string;
  /** Folders whose files the page may read (the HTML's own folder is added); nothing else, and no network. */
  allowedPaths?: string[];
  /** Heading tags for bookmarks, outermost first, e.g. ["h1", "h2"]. */
  outlineTags?: string[];
  /** For layout and PDF together. */
  timeoutMs?: number;
  /**
   * Folio's Paged.js handlers (./handlers/): widows, orphans and headings kept
   * with their text, repeated table headers, notes that link back to their
   * calls, stable ids. On unless false.
   */
  handlers?: boolean;
  /** Called with each stage's name and how long it took, in milliseconds. */
  timing?: (stage: string, ms: number) => void;
  signal?: AbortSignal;
}

export interface RenderedPdf {
  /** Chromium's PDF, not post-processed: finishPdf() does that in one pass. */
  pdf: Uint8Array;
  pageCount: number;
  /** Present when outlineTags were given. */
  outline?: OutlineItem[];
  /** Requests the page made that were refused. */
  blocked: string[];
}

const PAGED = fileURLToPath(pagedjsCliFile("../dist/browser.js"));

export async function renderPdf(browser: Browser, options: RenderOptions): Promise<RenderedPdf> {
  const { htmlFile, outlineTags = [], timeoutMs = 120_000, handlers = true, signal } = options;
  const timing = options.timing ?? (() => {});
  signal?.throwIfAborted();
  const page = await browser.newPage();
  try {
    return await settleWithin(timeoutMs, signal, async () => {
      let started = performance.now();
      const lap = (stage: string) => {
        timing(stage, performance.now() - started);
        started = performance.now();
      };
      const blocked = await allowOnly(page, [htmlFile, ...(options.allowedPaths ?? [])]);
      await page.emulateMediaType("print");
      // Paged.js starts by itself unless told not to, before its script runs.
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
      });
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: "load", timeout: timeoutMs });
      await page.addScriptTag({ path: PAGED });
      if (handlers) await page.addScriptTag({ content: await handlerScript() });
      lap("page");
      const pageCount = await page.evaluate(layOut).catch((error: unknown) => {
        // Paged.js fails on a stylesheet it may not read, with a bare ProgressEvent: say which.
        if (blocked.length > 0) throw new Error(`the document asked for what it may not read: ${blocked.join(", ")}`);
        throw error instanceof Error ? error : new Error(`Paged.js failed: ${String(error)}`);
      });
      lap("layout");
      // Before page.pdf(): it adds the links that make Chromium write destinations.
      const outline = outlineTags.length > 0 ? await parseOutline(page, outlineTags) : undefined;
      const pdf = await page.pdf({
        preferCSSPageSize: true, // the @page size
        printBackground: true,
        displayHeaderFooter: false,
        margin: { top: 0, right: 0, bottom: 0, left: 0 }, // Paged.js draws the margins itself
        timeout: timeoutMs,
      });
      lap("print");
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pageCount, outline, blocked };
    });
  } finally {
    // Not awaited: a page still busy laying out (after a timeout or Ctrl-C)
    // closes only when its script yields; the browser is closed or killed anyway.
    void page.close().catch(() => {});
  }
}

/** Runs in the page: Paged.js's layout, once every font and image is there. */
async function layOut(): Promise<number> {
  await document.fonts.ready;
  const paged = (window as unknown as { PagedPolyfill: { preview(): Promise<{ total: number }> } }).PagedPolyfill;
  const flow = await paged.preview();
  await document.fonts.ready; // faces first used by the margin boxes
  return flow.total;
}

/** Resolves or rejects with `work`, unless the time runs out or `signal` aborts first. */
async function settleWithin<T>(timeoutMs: number, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let onStop = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    onStop = () => reject(deadline.aborted ? new Error(`rendering took longer than ${timeoutMs / 1000} s (--timeout)`) : signal?.reason);
    if (stop.aborted) onStop();
    stop.addEventListener("abort", onStop, { once: true });
  });
  const running = work();
  running.catch(() => {}); // after a stop its failure (a closed page) is expected
  try {
    return await Promise.race([running, stopped]);
  } finally {
    stop.removeEventListener("abort", onStop);
  }
}

export type { Page };
