// Widows, orphans and headings at the foot of a page (see keep-rules.ts):
// when a page overflows, Paged.js offers the range it is about to move to the
// next page, and takes back the range this returns, which may start earlier.
import { betterBreak } from "./keep-rules.ts";
import { type BreakToken, type Hooks, type Layout, Paged } from "./paged.ts";

class KeepTogether extends Paged.Handler implements Hooks {
  private start: BreakToken | undefined;

  onPageLayout(_wrapper: HTMLElement, breakToken: BreakToken | undefined): void {
    this.start = breakToken;
  }

  onOverflow(overflow: Range | undefined, rendered: HTMLElement, _bounds: DOMRect, layout: Layout): Range | undefined {
    if (!overflow) return undefined;
    const place = betterBreak(overflow, { wrapper: rendered, source: this.chunker.source, layout, start: this.start });
    if (!place) return undefined;
    const moved = overflow.cloneRange();
    moved.setStart(place.container, place.offset);
    return moved;
  }
}

Paged.registerHandlers(KeepTogether);
