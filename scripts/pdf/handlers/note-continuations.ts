// The rest of a note that Paged.js 0.4.3 split, carried to the next page
// (data-split-from: shown with no number, not counted), when its first part
// is on no page. That happens when the text of the page is cut after the
// notes were split (off-page.ts): the call goes to the next page, its note's
// first part is removed with it, and the rest still arrives. The call brings
// the whole note again, but Paged.js sees the rest there already and keeps
// it: a note without its number and without its start. The rest is dropped
// here, before the page is laid out, so that the call brings the whole note.
import { fitNoteArea } from "./note-area.ts";
import { type Hooks, type Page, Paged } from "./paged.ts";

class NoteContinuations extends Paged.Handler implements Hooks {
  // After Paged.js's own beforePageLayout, which puts the carried notes in.
  beforePageLayout(page: Page): void {
    const pageArea = page.element.querySelector<HTMLElement>(".pagedjs_area");
    const parts =
      pageArea?.querySelectorAll<HTMLElement>(
        ".pagedjs_footnote_inner_content [data-footnote-marker][data-split-from]",
      ) ?? [];
    let dropped = false;
    for (const part of parts) {
      const ref = CSS.escape(part.dataset.footnoteMarker ?? "");
      if (
        document.querySelector(
          `.pagedjs_pages [data-footnote-marker="${ref}"]:not([data-split-from])`,
        )
      )
        continue;
      part.remove();
      dropped = true;
    }
    if (dropped && pageArea) fitNoteArea(pageArea);
  }
}

Paged.registerHandlers(NoteContinuations);
