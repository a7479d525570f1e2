// Lays out one HTML document with Paged.js in a page of the build's shared
// browser (./paged-pages.ts) and prints it. pagedjs-cli's Printer did this
// through a second connection to the browser, serialized the whole document
// once for nothing, and waited for half a second of network silence after
// layout; this drives the same Paged.js (pagedjs-cli's browser bundle) in one
// page, and lets the page read nothing but the files the build gave it (see
// ./requests.ts).
import type { PagedPages } from "./paged-pages.ts";
import { parseOutline, type OutlineItem } from "./outline.ts";

export interface RenderOptions {
  /** The whole document: CSS inline, fonts and images as file:// URLs (relative ones resolve in the pages' folder). */
  html: string;
  /** Folders whose files the page may read (the pages' own folder is added); nothing else, and no network. */
  allowedPaths?: string[];
  /** Heading tags for bookmarks, outermost first, e.g. ["h1", "h2"]. */
  outlineTags?: string[];
  /** For layout and PDF together. */
  timeoutMs?: number;
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

export async function renderPdf(pages: PagedPages, options: RenderOptions): Promise<RenderedPdf> {
  const { outlineTags = [], timeoutMs = 120_000, signal } = options;
  const timing = options.timing ?? (() => {});
  signal?.throwIfAborted();
  return pages.use(({ page, requests, folder }) =>
    settleWithin(timeoutMs, signal, async () => {
      let started = performance.now();
      const lap = (stage: string) => {
        timing(stage, performance.now() - started);
        started = performance.now();
      };
      requests.allowOnly([`${folder}/`, ...(options.allowedPaths ?? [])]);
      await page.setContent(options.html, { waitUntil: "load", timeout: timeoutMs });
      lap("page");
      const pageCount = await page.evaluate(layOut).catch((error: unknown) => {
        // Paged.js fails on a stylesheet it may not read, with a bare ProgressEvent: say which.
        if (requests.blocked.length > 0)
          throw new Error(
            `the document asked for what it may not read: ${requests.blocked.join(", ")}`,
          );
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
      return {
        pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength),
        pageCount,
        outline,
        blocked: [...requests.blocked],
      };
    }),
  );
}

/** Runs in the page: Paged.js's layout, once every font and image is there (the preview's too). */
export async function layOut(): Promise<number> {
  await document.fonts.ready;
  type Previewer = { preview(): Promise<{ total: number }> };
  const paged = (window as unknown as { Paged: { Previewer: new () => Previewer } }).Paged;
  const flow = await new paged.Previewer().preview(); // a new one for each document the page lays out
  await document.fonts.ready; // faces first used by the margin boxes
  return flow.total;
}

/** Resolves or rejects with `work`, unless the time runs out or `signal` aborts first. */
async function settleWithin<T>(
  timeoutMs: number,
  signal: AbortSignal | undefined,
  work: () => Promise<T>,
): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let onStop = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    onStop = () =>
      reject(
        deadline.aborted
          ? new Error(`rendering took longer than ${timeoutMs / 1000} s (--timeout)`)
          : signal?.reason,
      );
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
