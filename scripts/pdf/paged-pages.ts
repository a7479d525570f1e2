// A few pages of the build's browser with Paged.js and Folio's handlers
// already loaded, each laying out one document after another. Loading
// Paged.js (a 900 KB script) into a page costs about 0.3 s; done once per page
// while the manuscripts are read, it is off the way of every PDF.
// page.setContent() replaces the document but keeps the window, and with it
// the scripts: each layout starts from a new document and a new Paged.Previewer.
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { openWindow } from "../browser/window.ts";
import { handlerScript } from "./handler-script.ts";
import { pagedjsCliFile } from "./pagedjs-cli-file.ts";
import { filterRequests, type RequestFilter } from "./requests.ts";

const PAGED = pagedjsCliFile("../dist/browser.js");

export interface PagedPage {
  page: Page;
  requests: RequestFilter;
  /** The page's own folder: a document set into it resolves relative addresses there. */
  folder: string;
}

export interface PagedPagesOptions {
  /** A private folder: the pages' own document is written there, and they may read what is in it. */
  folder: string;
  /** That document, when writePagedDocument() wrote it already (the browser may show it as its start page). */
  document?: string;
  /**
   * How many documents may be laid out at once: one per core, at least two
   * (a PDF and its handout), and no more than `documents`.
   */
  documents?: number;
  /**
   * Folio's Paged.js handlers (./handlers/): widows, orphans and headings kept
   * with their text, repeated table headers, notes that link back to their
   * calls, stable ids. On unless false.
   */
  handlers?: boolean;
}

export class PagedPages {
  private readonly idle: PagedPage[] = [];
  private readonly waiting: {
    resolve: (paged: PagedPage) => void;
    reject: (error: unknown) => void;
  }[] = [];
  /** Pages open or opening. */
  private live = 0;
  private readonly document: Promise<string>;

  /** Starts loading the pages as soon as the browser is there. */
  constructor(
    private readonly browser: Promise<Browser>,
    private readonly options: PagedPagesOptions,
  ) {
    this.document = options.document
      ? Promise.resolve(options.document)
      : writePagedDocument(options.folder);
    this.document.catch(() => {}); // fails the pages that load it
    // A page never used would only hold memory: a long book's layout needs all there is.
    const size = Math.min(Math.max(2, availableParallelism()), options.documents ?? Infinity);
    for (let i = 0; i < size; i++) this.open();
  }

  /**
   * Runs `work` with the first page that is free. A page whose work failed
   * (or timed out, or was interrupted) may be in any state: it is closed, and
   * a new one takes its place.
   */
  async use<T>(work: (paged: PagedPage) => Promise<T>): Promise<T> {
    const paged = await this.take();
    let ok = false;
    try {
      const result = await work(paged);
      ok = true;
      return result;
    } finally {
      if (ok) this.give(paged);
      else {
        // Not awaited: a page still busy laying out closes only when its script yields.
        void paged.page.close().catch(() => {});
        this.live--;
        this.open();
      }
    }
  }

  private take(): Promise<PagedPage> {
    const paged = this.idle.shift();
    if (paged) return Promise.resolve(paged);
    const waiting = new Promise<PagedPage>((resolve, reject) =>
      this.waiting.push({ resolve, reject }),
    );
    if (this.live === 0) this.open(); // every page failed to open: try once more for this work
    return waiting;
  }

  private give(paged: PagedPage): void {
    const waiting = this.waiting.shift();
    if (waiting) waiting.resolve(paged);
    else this.idle.push(paged);
  }

  private open(): void {
    this.live++;
    this.openPage().then(
      (paged) => this.give(paged),
      (error: unknown) => {
        this.live--;
        this.waiting.shift()?.reject(error); // the browser is gone, most likely: the work waiting fails
      },
    );
  }

  private async openPage(): Promise<PagedPage> {
    const [browser, document] = await Promise.all([this.browser, this.document]);
    const url = pathToFileURL(document).href;
    const page = (await firstTab(browser)) ?? (await openWindow(browser));
    const requests = await filterRequests(page);
    requests.allowOnly([document, fileURLToPath(PAGED)]);
    await page.emulateMediaType("print");
    // The start page may be loading the document still; it polls, as animation frames may not come yet.
    if (page.url() === url)
      await page.waitForFunction("document.readyState === 'complete' && 'Paged' in window", {
        polling: 20,
      });
    else await page.goto(url, { waitUntil: "load" });
    if (this.options.handlers !== false)
      await page.addScriptTag({ content: await handlerScript() });
    return { page, requests, folder: this.options.folder };
  }
}

/**
 * The pages' own document: Paged.js, told not to start by itself. Written
 * before the browser starts, it can be the browser's start page, so that
 * Paged.js loads while the browser and the manuscripts do.
 */
export async function writePagedDocument(folder: string): Promise<string> {
  const file = join(folder, "paged.html");
  const scripts = `<script>window.PagedConfig = { auto: false };</script><script src="${PAGED.href}"></script>`;
  await writeFile(file, `<!doctype html><html><head>${scripts}</head><body></body></html>`);
  return file;
}

const claimed = new WeakSet<Browser>();

/**
 * The tab Chromium starts with, the first time a browser's pages are opened:
 * its renderer is up already, and it may show the pages' document already. It is alone in its window (every other page
 * Folio opens has a window of its own), so it is never behind another tab.
 */
async function firstTab(browser: Browser): Promise<Page | undefined> {
  if (claimed.has(browser)) return undefined;
  claimed.add(browser);
  const [first] = await browser.pages();
  return first;
}
