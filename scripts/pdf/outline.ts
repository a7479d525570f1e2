import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { PDFDocument } from "pdf-lib";
import type { Page } from "puppeteer-core";

/** A bookmark: `destination` is the (encoded) id of the heading it points to. */
export interface OutlineItem {
  title: string;
  destination: string;
  children: OutlineItem[];
}

interface OutlineModule {
  parseOutline(page: Page, tags: string[]): Promise<OutlineItem[]>;
  setOutline(pdf: PDFDocument, outline: OutlineItem[], enableWarnings?: boolean): Promise<PDFDocument>;
}

let loaded: Promise<OutlineModule> | undefined;

// pagedjs-cli's package.json `exports` hides src/outline.js, so find it beside
// the package's entry point (src/index.js) and import it by file URL.
function outlineModule(): Promise<OutlineModule> {
  const entry = createRequire(import.meta.url).resolve("pagedjs-cli");
  return (loaded ??= import(new URL("outline.js", pathToFileURL(entry)).href) as Promise<OutlineModule>);
}

/**
 * Reads the headings matching `tags` (in order of depth, e.g. ["h1", "h2"])
 * from the laid-out page. It also adds hidden links to each heading, so that
 * Chromium writes a named destination for it: call it before `page.pdf()`.
 */
export async function parseOutline(page: Page, tags: string[]): Promise<OutlineItem[]> {
  return (await outlineModule()).parseOutline(page, tags);
}

/** Adds the outline to the document as bookmarks pointing at named destinations. */
export async function setOutline(pdf: PDFDocument, outline: OutlineItem[]): Promise<void> {
  // A copy: pagedjs-cli writes object refs into the items it is given.
  await (await outlineModule()).setOutline(pdf, structuredClone(outline));
}
