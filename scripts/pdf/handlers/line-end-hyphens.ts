// The soft hyphens rehype-hyphenate.ts puts into words let Chromium break them
// at a line end, but every one of them, broken or not, stays in the PDF's text
// layer as U+00AD: a reader who searches for "effort" or copies a sentence gets
// "ef\u00adfort". Once every page is laid out, the soft hyphens that ended no line
// go, and each one that did becomes the hyphen printed there, "-"
// (`hyphenate-character` in print.css): what pdf.js (Firefox) and poppler
// join with the next line when they search or extract text; U+2010 they
// leave apart ("Janu‐" / "ary").
// Chromium breaks lines greedily, each line taking all that fits, so taking
// out break opportunities that no line used, and putting the same glyph where
// one was used, changes no line (tests/print-handlers.test.ts compares them).
import { endsLine, hyphenatedWords, isBroken } from "./hyphenated-words.ts";
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

/** The text of `node` with a hyphen for each soft hyphen that ends a line, and nothing for the others. */
function withLineEndHyphens(node: Text): string {
  let text = "";
  let at = 0;
  for (const word of hyphenatedWords(node)) {
    text += node.data.slice(at, word.start);
    // Most words lie on one line: none of their soft hyphens was used.
    const broken = isBroken(word);
    for (let i = word.start; i < word.end; i++) {
      if (node.data[i] !== SOFT_HYPHEN) text += node.data[i];
      else if (broken && endsLine(node, i)) text += HYPHEN;
    }
    at = word.end;
  }
  return text + node.data.slice(at);
}

Paged.registerHandlers(LineEndHyphens);
