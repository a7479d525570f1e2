// Each note whole at the foot of the page of its call. When a note does not
// fit under the text, Paged.js 0.4.3 prints what fits of it, or nothing, and
// moves the rest to the next page: the call stays behind. CSS's answer,
// `footnote-policy: line` (the call's line goes to the next page with its
// note), is parsed by Paged.js 0.4.3 but measured from the start of the text
// node before the call, usually its paragraph's first line: the whole
// paragraph moves, and a blank as tall is left. This handler does what
// `line` means: before Paged.js measures the page, the first note that does
// not fit whole makes the note area reach up into the middle of its call's
// line, so that line and everything after it overflow to the next page, note
// and call together. The page ends short, as it must: the text is in order.
// A note too tall for any page still splits, as Paged.js does.
import { callLine, fitsWhole, fitsOnAPage } from "./note-fit.ts";
import { type Hooks, Paged } from "./paged.ts";
import { hasContentBefore } from "./places.ts";

class NotesWithCalls extends Paged.Handler implements Hooks {
  // Before each measurement of the page for overflow, once the notes of the
  // calls rendered so far are in its note area.
  layout(wrapper: HTMLElement): void {
    const pageArea = wrapper.closest<HTMLElement>(".pagedjs_area");
    const noteArea = pageArea?.querySelector<HTMLElement>(".pagedjs_footnote_area");
    if (!pageArea || !noteArea) return;
    const text = wrapper.parentElement!.getBoundingClientRect();
    for (const call of wrapper.querySelectorAll<HTMLElement>("a[data-footnote-call]")) {
      const at = call.getBoundingClientRect();
      // Past the page already (Paged.js lays the overflow out as a next column): so is the rest.
      if (at.left >= text.right || at.top >= text.bottom) break;
      const ref = CSS.escape(call.dataset.footnoteCall ?? "");
      // Missing: Paged.js found no room even for the note area and put the note off to the next page.
      const note = noteArea.querySelector<HTMLElement>(
        `[data-footnote-marker="${ref}"]:not([data-split-from])`,
      );
      if (note && fitsWhole(note, noteArea)) continue;
      const line = callLine(call, wrapper);
      // A note that no page can hold whole splits, as does one called on the page's first line:
      // moving that line would not help. A note called later may still need its line moved.
      if ((note && !fitsOnAPage(note, pageArea, line)) || !hasContentBefore(line.start, wrapper))
        continue;
      const needed = text.bottom - line.middle;
      pageArea.style.setProperty(
        "--pagedjs-footnotes-height",
        `${noteArea.getBoundingClientRect().height + needed}px`,
      );
      return;
    }
  }
}

Paged.registerHandlers(NotesWithCalls);
