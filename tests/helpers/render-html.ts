// Renders whole HTML documents to PDF through renderPdf, in one browser, and
// reads each page back as `pdftotext -layout` would lay it out (tools.ts).
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchBrowser, type LaunchedBrowser } from "../../scripts/browser/launch.ts";
import { findBrowser } from "../../scripts/browser/find.ts";
import { PagedPages } from "../../scripts/pdf/paged-pages.ts";
import { renderPdf } from "../../scripts/pdf/render.ts";
import { pdfText } from "./tools.ts";

const found = await findBrowser({ env: process.env });

/** Why tests that render cannot run here, or false. */
export const cannotRender = !found ? "no Chrome or Chromium found" : false;

export class HtmlRenderer {
  private count = 0;
  private readonly withHandlers: PagedPages;
  private readonly without: PagedPages;
  private constructor(
    private readonly dir: string,
    private readonly launched: LaunchedBrowser,
  ) {
    const browser = Promise.resolve(launched.browser);
    this.withHandlers = new PagedPages(browser, { folder: dir, documents: 1 });
    this.without = new PagedPages(browser, { folder: dir, documents: 1, handlers: false });
  }

  static async open(): Promise<HtmlRenderer> {
    const dir = await mkdtemp(path.join(tmpdir(), "folio-render-test-"));
    return new HtmlRenderer(dir, await launchBrowser({ executablePath: found!.executablePath }));
  }

  /** The PDF's bytes and each page's text; the page may read the files in `allowedPaths` (Folio's fonts, say). */
  async render(
    document: string,
    handlers = true,
    allowedPaths?: string[],
  ): Promise<{ pdf: Uint8Array; pages: string[] }> {
    const rendered = await renderPdf(handlers ? this.withHandlers : this.without, {
      html: document,
      allowedPaths,
    });
    const file = path.join(this.dir, `${++this.count}.pdf`);
    await writeFile(file, rendered.pdf);
    const pages = await Promise.all(
      Array.from({ length: rendered.pageCount }, (_, i) => pdfText(file, i + 1)),
    );
    return { pdf: rendered.pdf, pages };
  }

  async close(): Promise<void> {
    await this.launched.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
