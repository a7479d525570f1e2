// Paged.js resumes the next page where the break token says; for a break in
// text it may name the wrong text node (see source-text.ts). This puts the
// token right before Paged.js acts on it.
import { type BreakToken, type Hooks, Paged } from "./paged.ts";
import { sourceText, textAtStart } from "./source-text.ts";

class TextBreaks extends Paged.Handler implements Hooks {
  private start: BreakToken | undefined;

  onPageLayout(_wrapper: HTMLElement, breakToken: BreakToken | undefined): void {
    this.start = breakToken;
  }

  // Also called with no range, for a forced break before an element: nothing to fix then.
  onBreakToken(token: BreakToken | undefined, overflow: Range | undefined): undefined {
    const at = overflow instanceof Range ? textAtStart(overflow) : undefined;
    if (!token || !at) return undefined;
    const found = sourceText(at.text, at.offset, this.chunker.source, this.start);
    if (!found) return undefined;
    // Paged.js names the element itself when the break is before its first text: right too.
    const elementStart =
      found.offset === 0 &&
      token.node === found.node.parentNode &&
      found.node === token.node.firstChild;
    // The token is Paged.js's own object: corrected in place, it keeps its methods.
    if (!elementStart) Object.assign(token, found);
    return undefined;
  }
}

Paged.registerHandlers(TextBreaks);
