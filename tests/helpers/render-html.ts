// Renders whole HTML documents to PDF through renderPdf, in one browser, and
// reads each page back with `pdftotext -layout`.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { launchBrowser, type LaunchedBrowser } from "../../scripts/pdf/browser.ts";
import { findBrowser } from "../../scripts/pdf/find-browser.ts";
import { renderPdf } from "../../scripts/pdf/render.ts";
import { pdfText } from "./tools.ts";

const found = await findBrowser({ env: process.env });
const hasPoppler = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Why tests that render cannot run here, or false. */
export const cannotRender = !found ? "no Chrome or Chromium found" : !hasPoppler ? "poppler-utils not installed" : false;

export class HtmlRenderer {
  private count = 0;
  private constructor(
    private readonly dir: string,
    private readonly launched: LaunchedBrowser,
  ) {}

  static async open(): Promise<HtmlRenderer> {
    const dir = await mkdtemp(path.join(tmpdir(), "folio-render-test-"));
    return new HtmlRenderer(dir, await launchBrowser({ executablePath: found!.executablePath }));
  }

  /** The PDF's bytes and each page's text. */
  async render(document: string, handlers = true): Promise<{ pdf: Uint8Array; pages: string[] }> {
    const htmlFile = path.join(this.dir, `${++this.count}.html`);
    await writeFile(htmlFile, document);
    const rendered = await renderPdf(this.launched.browser, { htmlFile, handlers });
    const file = htmlFile.replace(/html$/, "pdf");
    await writeFile(file, rendered.pdf);
    const pages = await Promise.all(Array.from({ length: rendered.pageCount }, (_, i) => pdfText(file, i + 1)));
    return { pdf: rendered.pdf, pages };
  }

  async close(): Promise<void> {
    await this.launched.close();
    await rm(this.dir, { recursive: true, force: true });
  }
}
