import type { PDFDocument } from "pdf-lib";
import type { Page } from "puppeteer-core";
import { pagedjsCliFile } from "./pagedjs-cli-file.ts";

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

function outlineModule(): Promise<OutlineModule> {
  return (loaded ??= import(pagedjsCliFile("outline.js").href) as Promise<OutlineModule>);
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
