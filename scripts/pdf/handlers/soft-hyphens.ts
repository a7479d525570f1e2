// Chromium measures the first letter after a line broken at a soft hyphen
// with two rectangles: the hyphen's, at the end of the line, and its own on
// the next. Paged.js 0.4.3 looks for the first letter past the page by the
// union of a letter's rectangles, so at a page broken inside a hyphenated
// word it takes that letter as on the page: the letter stays behind in the
// overflow (the next column, never printed) and the next page starts after
// it. "train-" ends a page and "ng" starts the next: the "i" is lost.

/** The overflow, started at the first letter that lies past the page, if Paged.js started it later. */
export function fromLetterPastPage(overflow: Range, rendered: HTMLElement): Range | undefined {
  const { startContainer: text, startOffset } = overflow;
  if (!(text instanceof Text)) return undefined;
  const page = rendered.parentElement!.getBoundingClientRect();
  let offset = startOffset;
  while (offset > 0 && pastPage(text, offset - 1, page)) offset--;
  if (offset === startOffset) return undefined;
  const moved = overflow.cloneRange();
  moved.setStart(text, offset);
  return moved;
}

const probe = document.createRange();

function pastPage(text: Text, index: number, page: DOMRect): boolean {
  probe.setStart(text, index);
  probe.setEnd(text, index + 1);
  const own = Array.from(probe.getClientRects())
    .filter((rect) => rect.height > 0)
    .pop();
  // Paged.js lays the overflow out as a next column, to the right.
  return own !== undefined && (own.left >= page.right || own.top >= page.bottom);
}
