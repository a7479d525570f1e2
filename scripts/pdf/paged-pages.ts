// A few pages of the build's browser with Paged.js and Folio's handlers
// already loaded, each laying out one document after another. Loading
// Paged.js (a 900 KB script) into a page costs about 0.3 s; done once per page
// while the manuscripts are read, it is off the way of every PDF.
// page.setContent() replaces the document but keeps the window, and with it
// the script: each layout starts from a new document and a new Paged.Previewer.
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "puppeteer-core";
import { handlerScript } from "./handler-script.ts";
import { pagedjsCliFile } from "./pagedjs-cli-file.ts";
import { filterRequests, type RequestFilter } from "./requests.ts";

const PAGED = fileURLToPath(pagedjsCliFile("../dist/browser.js"));

export interface PagedPage {
  page: Page;
  requests: RequestFilter;
  /** The page's own address: a document set into it resolves relative addresses against it. */
  folder: string;
}

export interface PagedPagesOptions {
  /** A private folder: the pages' own (empty) document is written there, and they may read what is in it. */
  folder: string;
  /** How many documents may be laid out at once; one per core by default, and at least two (a PDF and a handout). */
  size?: number;
  /**
   * Folio's Paged.js handlers (./handlers/): widows, orphans and headings kept
   * with their text, repeated table headers, notes that link back to their
   * calls, stable ids. On unless false.
   */
  handlers?: boolean;
}

export class PagedPages {
  private readonly free: Promise<PagedPage>[] = [];
  private readonly waiting: ((page: Promise<PagedPage>) => void)[] = [];
  private readonly blank: Promise<string>;

  /** Starts loading the pages as soon as the browser is there. */
  constructor(
    private readonly browser: Promise<Browser>,
    private readonly options: PagedPagesOptions,
  ) {
    const file = join(options.folder, "paged.html");
    this.blank = writeFile(file, "<!doctype html><html><head></head><body></body></html>").then(() => file);
    const size = options.size ?? Math.max(2, availableParallelism());
    for (let i = 0; i < size; i++) this.free.push(this.open());
  }

  /**
   * Runs `work` with a page of its own. A page whose work failed (or timed
   * out, or was interrupted) may be in any state: it is closed, and a new one
   * takes its place.
   */
  async use<T>(work: (paged: PagedPage) => Promise<T>): Promise<T> {
    const next = this.free.shift() ?? new Promise<Promise<PagedPage>>((resolve) => this.waiting.push(resolve));
    const paged = await next;
    let ok = false;
    try {
      const result = await work(paged);
      ok = true;
      return result;
    } finally {
      // Not awaited: a page still busy laying out closes only when its script yields.
      if (!ok) void paged.page.close().catch(() => {});
      this.release(ok ? Promise.resolve(paged) : this.open());
    }
  }

  private release(page: Promise<PagedPage>): void {
    const waiting = this.waiting.shift();
    if (waiting) waiting(page);
    else this.free.push(page);
  }

  private open(): Promise<PagedPage> {
    const opening = (async () => {
      const page = await pageInWindow(await this.browser);
      const blank = await this.blank;
      const requests = await filterRequests(page);
      requests.allowOnly([blank]);
      await page.emulateMediaType("print");
      // Paged.js starts by itself unless told not to, before its script runs.
      await page.evaluateOnNewDocument(() => {
        (window as unknown as { PagedConfig: object }).PagedConfig = { auto: false };
      });
      await page.goto(pathToFileURL(blank).href, { waitUntil: "load" });
      await page.addScriptTag({ path: PAGED });
      if (this.options.handlers !== false) await page.addScriptTag({ content: await handlerScript() });
      return { page, requests, folder: this.options.folder };
    })();
    opening.catch(() => {}); // a page that could not open fails the work that takes it, not the build
    return opening;
  }
}

let windows = 0;

/**
 * A page in a window of its own. browser.newPage() opens a tab, and a tab
 * behind another gets no animation frames: Paged.js, which waits for one
 * between pages, would stop until it was brought to the front. Pages in windows
 * of their own lay out side by side.
 */
async function pageInWindow(browser: Browser): Promise<Page> {
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
