// The handout is printed on both sides of whole sheets. An odd number of
// pages leaves the back of the last sheet to the printer, which may start the
// next copy there: a blank page (`:blank`, no running head or page number)
// ends such a handout. Where there is a bio it is on an even page already
// (handout.css), so this adds a page only after a handout without one, or after
// a book's bios that run over an odd number of pages. One page alone is one
// sheet printed on one side, as meant.
import { type Chunker, type Hooks, type Page, Paged } from "./paged.ts";

class WholeSheets extends Paged.Handler implements Hooks {
  afterRendered(pages: Page[], chunker: Chunker): void {
    if (
      !document.body.classList.contains("handout") ||
      pages.length === 1 ||
      pages.length % 2 === 0
    )
      return;
    chunker.addPage(true);
    // Paged.js set the count of pages before this hook: "page N of M" counts the new one too.
    chunker.pagesArea.style.setProperty("--pagedjs-page-count", String(chunker.pages.length));
  }
}

Paged.registerHandlers(WholeSheets);
