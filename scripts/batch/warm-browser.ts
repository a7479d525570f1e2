// A worker's one Chromium, kept warm across jobs with its pages holding
// Paged.js (the build's PagedPages), started again after it crashed: the
// job that met the crash is retried by BullMQ, and the next one finds a
// browser that works.
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { type LaunchedBrowser, launchBrowser } from "../browser/launch.ts";
import { PagedPages, writePagedDocument } from "../pdf/paged-pages.ts";

export interface WarmBrowserOptions {
  executablePath: string;
  /** A private folder for the pages' document. */
  folder: string;
  /** How many PDFs may be laid out at once. */
  documents: number;
  timeoutMs: number;
  env: Record<string, string | undefined>;
}

export interface Warm {
  browser: Promise<Browser>;
  pages: PagedPages;
}

export class WarmBrowser {
  private launched?: Promise<LaunchedBrowser>;
  private warm?: Warm;

  constructor(private readonly options: WarmBrowserOptions) {}

  /** The browser and its pages, started now if there is none or it is gone. */
  async get(): Promise<Warm> {
    const alive = await this.launched?.then(
      ({ browser }) => browser.isConnected(),
      () => false,
    );
    if (this.warm && alive) return this.warm;
    await this.close();
    const { executablePath, folder, documents, timeoutMs, env } = this.options;
    const document = await writePagedDocument(folder);
    // Its first tab loads Paged.js as it starts, as the build's does.
    const startUrl = pathToFileURL(document).href;
    const launched = launchBrowser({ executablePath, timeoutMs, startUrl, env });
    this.launched = launched;
    const browser = launched.then(({ browser }) => browser);
    browser.catch(() => {}); // fails the job that awaits it, which is retried
    this.warm = { browser, pages: new PagedPages(browser, { folder, document, documents }) };
    return this.warm;
  }

  async close(): Promise<void> {
    const launched = this.launched;
    this.launched = this.warm = undefined;
    await launched?.then(
      ({ close }) => close(),
      () => {},
    );
  }
}
