import { pathToFileURL } from "node:url";
import Printer from "pagedjs-cli";
import type { Browser, Page } from "puppeteer-core";
import { handlerScriptUrl } from "./handler-script.ts";
import { parseOutline, type OutlineItem } from "./outline.ts";

export interface RenderOptions {
  /** Absolute path of the HTML file: CSS inline, fonts and images as file:// URLs. */
  htmlFile: string;
  /** Heading tags for bookmarks, outermost first, e.g. ["h1", "h2"]. */
  outlineTags?: string[];
  /**
   * Directories the page may load files from. Left empty, nothing is filtered;
   * given, Printer's request interception aborts any other file:// request.
   */
  allowedPaths?: string[];
  /** For layout and PDF together. */
  timeoutMs?: number;
  /**
   * Folio's Paged.js handlers (./handlers/): widows, orphans and headings kept
   * with their text, repeated table headers, notes that link back to their
   * calls, stable ids. On unless false.
   */
  handlers?: boolean;
  signal?: AbortSignal;
}

export interface RenderedPdf {
  /** Chromium's PDF, not post-processed: finishPdf() does that in one pass. */
  pdf: Uint8Array;
  pageCount: number;
  /** Present when outlineTags were given. */
  outline?: OutlineItem[];
}

/** Lays out one HTML file with Paged.js in the given browser and prints it. */
export async function renderPdf(browser: Browser, options: RenderOptions): Promise<RenderedPdf> {
  const { htmlFile, outlineTags = [], allowedPaths = [], timeoutMs = 120_000, handlers = true, signal } = options;
  signal?.throwIfAborted();

  const additionalScripts = handlers ? [await handlerScriptUrl()] : [];
  const { printer, connected, openedPage } = await openPrinter(browser, { allowedPaths, timeoutMs, additionalScripts });
  try {
    return await settleWithin(timeoutMs, signal, async () => {
      const laidOut = await printer.render({ url: pathToFileURL(htmlFile).href });
      // Before page.pdf(): it adds the links that make Chromium write destinations.
      const outline = outlineTags.length > 0 ? await parseOutline(laidOut, outlineTags) : undefined;
      const pdf = await laidOut.pdf({
        preferCSSPageSize: true, // the @page size
        printBackground: true,
        displayHeaderFooter: false,
        margin: { top: 0, right: 0, bottom: 0, left: 0 }, // Paged.js draws the margins itself
        timeout: timeoutMs,
      });
      return { pdf: new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), pageCount: printer.pages.length, outline };
    });
  } finally {
    await openedPage()?.close().catch(() => {});
    // Disconnect, never close: the browser is shared by the whole build.
    connected.disconnect();
  }
}

/** One Printer per document: it keeps the pages of earlier runs in `pages`. */
async function openPrinter(browser: Browser, options: { allowedPaths: string[]; timeoutMs: number; additionalScripts: string[] }) {
  const printer = new Printer({
    browserEndpoint: browser.wsEndpoint(),
    // closeAfter: a failed render would otherwise close the shared browser.
    closeAfter: false,
    allowLocal: true,
    allowedPaths: options.allowedPaths,
    timeout: options.timeoutMs,
    additionalScripts: options.additionalScripts,
  });
  // Printer connects over its own CDP connection. Keep the page it opens, so
  // that a timeout or abort can close it while render() is still waiting.
  const connected = await printer.setup();
  let page: Page | undefined;
  const newPage = connected.newPage.bind(connected);
  connected.newPage = async () => {
    const opened = (page = await newPage());
    // render() does not await this call: if the page closes meanwhile (abort,
    // timeout), its rejection would be unhandled and end the whole process.
    const setHeaders = opened.setExtraHTTPHeaders.bind(opened);
    opened.setExtraHTTPHeaders = (headers) => {
      const sent = setHeaders(headers);
      sent.catch(() => {});
      return sent;
    };
    return opened;
  };
  return { printer, connected, openedPage: () => page };
}

/** Resolves or rejects with `work`, unless the time runs out or `signal` aborts first. */
async function settleWithin<T>(timeoutMs: number, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
  let onStop = () => {};
  const stopped = new Promise<never>((_resolve, reject) => {
    onStop = () => reject(deadline.aborted ? new Error(`Rendering took longer than ${timeoutMs} ms`) : signal?.reason);
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
