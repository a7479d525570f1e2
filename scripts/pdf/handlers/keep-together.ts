// Widows, orphans and headings at the foot of a page (see keep-rules.ts):
// when a page overflows, Paged.js offers the range it is about to move to the
// next page, and takes back the range this returns, which may start earlier.
// (Paged.js calls every handler's onOverflow with its own range and keeps the
// last answer: corrections to the range belong here, in one handler.)
import { betterBreak } from "./keep-rules.ts";
import { type BreakToken, type Hooks, type Layout, Paged } from "./paged.ts";
import { fromLetterPastPage } from "./soft-hyphens.ts";

class KeepTogether extends Paged.Handler implements Hooks {
  private start: BreakToken | undefined;

  onPageLayout(_wrapper: HTMLElement, breakToken: BreakToken | undefined): void {
    this.start = breakToken;
  }

  onOverflow(
    found: Range | undefined,
    rendered: HTMLElement,
    _bounds: DOMRect,
    layout: Layout,
  ): Range | undefined {
    if (!found) return undefined;
    // First where Paged.js should have started it; then where the rules want it.
    const corrected = fromLetterPastPage(found, rendered);
    const overflow = corrected ?? found;
    const place = betterBreak(overflow, {
      wrapper: rendered,
      source: this.chunker.source,
      layout,
      start: this.start,
    });
    if (!place) return corrected;
    const moved = overflow.cloneRange();
    moved.setStart(place.container, place.offset);
    return moved;
  }
}

Paged.registerHandlers(KeepTogether);
