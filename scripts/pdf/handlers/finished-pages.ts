// Paged.js 0.4.3 keeps every page it has laid out in the document, and each
// page costs more than the one before: Chromium walks the whole rendered
// document to update CSS counters whenever an element that sets one is added
// (each page increments `page`, each note call `footnote`), and Paged.js adds
// some and measures the page many times over while it fills it. Once a page
// is finished, this takes its content out of the rendering until the last
// page is done: the page becomes the host of an empty shadow root, so its
// children are not shown, laid out or walked. They stay in the document, so
// that queries still find them (the notes continued from a page, the targets
// of target-counter()); the page itself stays rendered, empty, and keeps
// counting pages. The two pages before the one being laid out stay as they are:
// Paged.js reads the styles of the previous page's last element when it is split.
import { type Hooks, type Page, Paged } from "./paged.ts";

/** Pages before the one being laid out that stay rendered. */
const KEEP = 2;

class FinishedPages extends Paged.Handler implements Hooks {
  /** The pages set aside so far: the first `hidden` of the chunker's pages. */
  private hidden = 0;

  beforePageLayout(page: Page): void {
    const pages = this.chunker.pages;
    const at = pages.indexOf(page);
    for (; this.hidden < at - KEEP; this.hidden++) {
      const finished = pages[this.hidden];
      // Paged.js would check a page for overflow when its size changes: it is done.
      finished.removeListeners();
      finished.element.attachShadow({ mode: "open" });
    }
  }

  /** Shows every page again, before anything else reads the document. */
  afterRendered(): void {
    // A shadow root cannot be removed: given a slot, it shows the page's children
    // as if it were not there (a slot is `display: contents`). One change per
    // page; moving the content into a copy of the page would take four.
    for (const page of this.chunker.pages.slice(0, this.hidden))
      page.element.shadowRoot?.append(document.createElement("slot"));
    this.hidden = 0;
  }
}

Paged.registerHandlers(FinishedPages);
