// The soft hyphens rehype-hyphenate.ts puts into words let Chromium break them
// at a line end, but every one of them, broken or not, stays in the PDF's text
// layer as U+00AD: a reader who searches for "effort" or copies a sentence gets
// "ef\u00adfort". Once every page is laid out, the soft hyphens that ended no line
// go, and each one that did becomes the hyphen printed there, "-"
// (`hyphenate-character` in print.css): what PDF viewers join with the next
// line when they search (pdf.js, PDFium and poppler know U+002D, not U+2010).
// Chromium breaks lines greedily, each line taking all that fits, so taking
// out break opportunities that no line used, and putting the same glyph where
// one was used, changes no line (tests/print-handlers.test.ts compares them).
import { type Chunker, type Hooks, type Page, Paged, type Polisher } from "./paged.ts";

const SOFT_HYPHEN = "\u00ad";
const HYPHEN = "-";

class LineEndHyphens extends Paged.Handler implements Hooks {
  constructor(chunker: Chunker, polisher: Polisher, caller: unknown) {
    super(chunker, polisher, caller);
    // What Paged.js adds to a word it breaks at a page end (U+2011 unless told).
    chunker.settings.hyphenGlyph = HYPHEN;
  }

  // After finished-pages.ts has shown every page again.
  afterRendered(pages: Page[]): void {
    // Every measurement first, then every change: the document is laid out again once.
    const changes: [Text, string][] = [];
    for (const page of pages) {
      const walker = document.createTreeWalker(page.element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (text.data.includes(SOFT_HYPHEN)) changes.push([text, withLineEndHyphens(text)]);
      }
    }
    for (const [node, text] of changes) node.data = text;
  }
}

const probe = document.createRange();

function rects(node: Text, start: number, end: number): DOMRect[] {
  probe.setStart(node, start);
  probe.setEnd(node, end);
  return Array.from(probe.getClientRects()).filter((rect) => rect.height > 0);
}

/** The text of `node` with a hyphen for each soft hyphen that ends a line, and nothing for the others. */
function withLineEndHyphens(node: Text): string {
  return node.data.replace(/\S*\u00ad\S*/g, (word, start: number) => {
    const boxes = rects(node, start, start + word.length);
    // Most words lie on one line: none of their soft hyphens was used.
    if (boxes.length < 2 || !below(boxes[boxes.length - 1], boxes[0])) return word.replaceAll(SOFT_HYPHEN, "");
    let text = "";
    for (let i = 0; i < word.length; i++) {
      if (word[i] !== SOFT_HYPHEN) text += word[i];
      else if (endsLine(node, start + i)) text += HYPHEN;
    }
    return text;
  });
}

/** Whether the line breaks at the soft hyphen at `index`: the letters either side of it are on different lines. */
function endsLine(node: Text, index: number): boolean {
  const before = index > 0 ? rects(node, index - 1, index).pop() : undefined;
  // The letter after a break is measured with two rectangles: the hyphen's, then its own.
  const after = index < node.length - 1 ? rects(node, index + 1, index + 2).pop() : undefined;
  return before !== undefined && after !== undefined && below(after, before);
}

/** Whether `box` is on a line below `other`'s. */
function below(box: DOMRect, other: DOMRect): boolean {
  return (box.top + box.bottom) / 2 > other.bottom;
}

Paged.registerHandlers(LineEndHyphens);
