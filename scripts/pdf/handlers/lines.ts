// The line boxes of laid-out text, found from the rectangles Chromium gives
// for ranges of it: Paged.js knows nothing of lines, and the layout tree is
// not open to scripts.

/** A line, by where its text starts and how far down it lies. */
export interface Line {
  node: Text;
  offset: number;
  left: number;
  top: number;
  bottom: number;
}

const probe = document.createRange();

function rectsOf(node: Text, start: number, end: number): DOMRect[] {
  probe.setStart(node, start);
  probe.setEnd(node, end);
  return Array.from(probe.getClientRects()).filter((rect) => rect.height > 0);
}

/**
 * The lines of text inside `range`, in order, at most `limit` of them. Each
 * word is measured; a word that takes more than one rectangle is broken over
 * lines (at a soft hyphen, or anywhere when `overflow-wrap` allows), and its
 * letters are measured to find where. Text that is not displayed counts for nothing.
 */
export function linesIn(range: Range, limit = Infinity): Line[] {
  const lines: Line[] = [];
  const add = (node: Text, offset: number, rect: DOMRect) => {
    const last = lines[lines.length - 1];
    const middle = (rect.top + rect.bottom) / 2;
    // The same line when its middle lies within the line so far: true of a
    // raised note call or smaller type; false of the next line down, and of
    // the top of the next column (where content past the page flows).
    if (last && middle >= last.top && middle <= last.bottom) {
      last.top = Math.min(last.top, rect.top);
      last.bottom = Math.max(last.bottom, rect.bottom);
    } else {
      lines.push({ node, offset, left: rect.left, top: rect.top, bottom: rect.bottom });
    }
  };
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (
    let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
    node;
    node = walker.nextNode()
  ) {
    if (!range.intersectsNode(node)) continue;
    const text = node as Text;
    const from = text === range.startContainer ? range.startOffset : 0;
    const to = text === range.endContainer ? range.endOffset : text.length;
    for (const word of text.data.slice(from, to).matchAll(/\S+/g)) {
      const start = from + word.index!;
      const end = start + word[0].length;
      const rects = rectsOf(text, start, end);
      if (rects.length === 0) continue;
      add(text, start, rects[0]);
      if (rects.length > 1) {
        for (let i = start + 1; i < end; i++) {
          // The letter's own box is its last rectangle: Chromium gives the
          // first letter after a soft hyphen at a line break the hyphen's too.
          const rect = rectsOf(text, i, i + 1).pop();
          if (rect) add(text, i, rect);
        }
      }
      if (lines.length > limit) return lines.slice(0, limit);
    }
    if (node === root) break;
  }
  return lines;
}

/** The lines of an element's content. */
export function linesOf(element: Node, limit = Infinity): Line[] {
  const range = document.createRange();
  range.selectNodeContents(element);
  return linesIn(range, limit);
}
