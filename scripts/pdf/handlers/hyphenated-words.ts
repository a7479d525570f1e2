// The words of laid-out text that hold soft hyphens, measured: whether the
// line breaks inside one, and at which of its soft hyphens. Chromium gives a
// word broken over two lines a rectangle on each.

export interface HyphenatedWord {
  node: Text;
  /** Where the word starts in `node`, and ends. */
  start: number;
  end: number;
  /** Its rectangles, in order: one per line it is on (or more). */
  rects: DOMRect[];
}

const probe = document.createRange();

function rects(node: Text, start: number, end: number): DOMRect[] {
  probe.setStart(node, start);
  probe.setEnd(node, end);
  return Array.from(probe.getClientRects()).filter((rect) => rect.height > 0);
}

/** Each word of `node` that holds a soft hyphen (or that `words` finds). */
export function hyphenatedWords(node: Text, words = /\S*\u00ad\S*/g): HyphenatedWord[] {
  return Array.from(node.data.matchAll(words), (match) => {
    const start = match.index!;
    const end = start + match[0].length;
    return { node, start, end, rects: rects(node, start, end) };
  });
}

/** Whether a line ends inside the word. */
export function isBroken({ rects }: HyphenatedWord): boolean {
  return rects.length > 1 && below(rects[rects.length - 1], rects[0]);
}

/** Whether the line breaks at the soft hyphen at `index` of `node`: the letters either side of it are on different lines. */
export function endsLine(node: Text, index: number): boolean {
  const before = index > 0 ? rects(node, index - 1, index).pop() : undefined;
  // The letter after a break is measured with two rectangles: the hyphen's, then its own.
  const after = index < node.length - 1 ? rects(node, index + 1, index + 2).pop() : undefined;
  return before !== undefined && after !== undefined && below(after, before);
}

/** Whether `box` is on a line below `other`'s. */
export function below(box: DOMRect, other: DOMRect): boolean {
  return (box.top + box.bottom) / 2 > other.bottom;
}
