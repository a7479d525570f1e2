// The last check of a page, once everything on it is settled: nothing may
// lie outside its text area. Content ends up there when the area shrinks
// after Paged.js chose the break (the notes below grow; Chromium, which lays
// the page out as columns, moves the last lines of a block to the next column
// to keep `widows` together), and Paged.js 0.4.3 would print the page without
// it: the text would be lost. Such content is cut and starts the next page.
import { type BreakToken, type Chunker, type Hooks, type Page, Paged } from "./paged.ts";

class OffPage extends Paged.Handler implements Hooks {
  afterPageLayout(
    _pageElement: HTMLElement,
    page: Page,
    breakToken: BreakToken | undefined,
    chunker: Chunker,
  ): void {
    const { layoutMethod: layout, wrapper, startToken } = page;
    if (!layout || !wrapper) return;
    const token = layout.findBreakToken(wrapper, chunker.source, layout.bounds, startToken);
    // Nothing off the page; or all of it is, and cutting it would not move on.
    if (!token || token.equals(startToken)) return;
    page.endToken = token;
    // The chunker resumes at the token it handed us: correcting it in place keeps its methods.
    if (breakToken) Object.assign(breakToken, { node: token.node, offset: token.offset });
    // This was the last page: the chunker's own way to go on after a page that overflowed.
    else page._onOverflow?.(token);
  }
}

Paged.registerHandlers(OffPage);
