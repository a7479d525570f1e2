// Paged.js 0.4.3 can leave a page's footnote area empty but not flat: when the
// only note there does not fit, it moves the note to the next page and sizes
// the area from what is left, its margin, border and padding. The text area
// then loses those millimetres after its lines were placed, and its last
// lines fall off the page, lost. An empty area takes no room here.
import { type Hooks, Paged } from "./paged.ts";

class EmptyFootnotes extends Paged.Handler implements Hooks {
  afterPageLayout(pageElement: HTMLElement): void {
    const notes = pageElement.querySelector(".pagedjs_footnote_inner_content");
    if (notes && notes.childElementCount === 0) {
      pageElement
        .querySelector<HTMLElement>(".pagedjs_area")
        ?.style.setProperty("--pagedjs-footnotes-height", "0px");
    }
  }
}

Paged.registerHandlers(EmptyFootnotes);
