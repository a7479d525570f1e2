// The PDF's bookmarks: read from the laid-out headings here, written into
// the PDF by pagedjs-cli's setOutline. Each bookmark opens a named
// destination that Chromium writes for an element only when a link points at
// it, and names after the link's fragment as written. pagedjs-cli's own
// parseOutline writes its links with `#25` for `%` (a PDF name's escape, not a
// URL's), so a heading whose id has a character outside ASCII (`schrödingers-maybe`)
// got no destination and its bookmark opened no page: here the link's fragment
// and the destination's name are the same percent-encoded id.
import type { PDFDocument } from "pdf-lib";
import type { Page } from "puppeteer-core";
import { pagedjsCliFile } from "./pagedjs-cli-file.ts";

/** A bookmark: `destination` is the (percent-encoded) id of the heading it points to. */
export interface OutlineItem {
  title: string;
  destination: string;
  children: OutlineItem[];
}

interface OutlineModule {
  setOutline(
    pdf: PDFDocument,
    outline: OutlineItem[],
    enableWarnings?: boolean,
  ): Promise<PDFDocument>;
}

let loaded: Promise<OutlineModule> | undefined;

function outlineModule(): Promise<OutlineModule> {
  return (loaded ??= import(pagedjsCliFile("outline.js").href) as Promise<OutlineModule>);
}

/**
 * Reads the headings matching `tags` (in order of depth, e.g. ["h1", "h2"])
 * from the laid-out page, each nested under the last heading of a tag before
 * its own. It also adds hidden links to each heading, so that Chromium writes
 * a named destination for it: call it before `page.pdf()`.
 */
export async function parseOutline(page: Page, tags: string[]): Promise<OutlineItem[]> {
  return page.evaluate(readOutline, tags);
}

/** Runs in the page. */
function readOutline(tags: string[]): OutlineItem[] {
  const links = document.createElement("div");
  links.style.display = "none";
  document.body.prepend(links);
  const outline: OutlineItem[] = [];
  const open: { depth: number; children: OutlineItem[] }[] = [{ depth: -1, children: outline }];
  for (const heading of document.querySelectorAll<HTMLElement>(tags.join(","))) {
    const depth = tags.indexOf(heading.tagName.toLowerCase());
    // encodeURIComponent leaves no `#`: pdf-lib's PDFName.of() reads the name as it is.
    const destination = encodeURIComponent(heading.id);
    const link = document.createElement("a");
    link.href = `#${destination}`;
    links.append(link);
    const item: OutlineItem = { title: heading.innerText.trim(), destination, children: [] };
    while (open[open.length - 1].depth >= depth) open.pop();
    open[open.length - 1].children.push(item);
    open.push({ depth, children: item.children });
  }
  return outline;
}

/** Adds the outline to the document as bookmarks pointing at named destinations. */
export async function setOutline(pdf: PDFDocument, outline: OutlineItem[]): Promise<void> {
  // A copy: pagedjs-cli writes object refs into the items it is given.
  await (await outlineModule()).setOutline(pdf, structuredClone(outline));
}
