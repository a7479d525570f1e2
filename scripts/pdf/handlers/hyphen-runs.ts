// No more than two lines in a row that end inside a word, where a paragraph
// can avoid it: a typesetter's rule that Chromium cannot keep, since its
// `hyphenate-limit-lines` applies only to `hyphens: auto`, and Folio's
// hyphenation is soft hyphens (rehype-hyphenate.ts). Before the first page is
// laid out, the text is set once in its width (Folio's pages are all as
// wide; notes replaced by their calls, as on the page), and where a third
// line in a row would end inside a word, that word loses its soft hyphens in
// the source Paged.js lays out, so that it goes whole to the next line; the
// paragraph is then set again, since the lines after it change. Lines break
// the same on the pages: a page break only moves lines whole.
import { hyphenatedWords, isBroken, type HyphenatedWord } from "./hyphenated-words.ts";
import { notesToCalls } from "./note-calls.ts";
import { type Hooks, type Page, Paged } from "./paged.ts";

const SOFT_HYPHEN = "\u00ad";
/** Lines in a row that may end inside a word. */
const MOST = 2;
/**
 * The blocks whose lines are looked at: those that hold text. Not a table's
 * cells: the other cells, set aside, would leave theirs another width.
 */
const BLOCKS = "p, li, dt, dd, figcaption, blockquote";

class HyphenRuns extends Paged.Handler implements Hooks {
  private done = false;

  beforePageLayout(page: Page): void {
    if (this.done) return;
    this.done = true;
    const source = this.chunker.source;
    const copy = source.cloneNode(true) as DocumentFragment;
    const originals = textPairs(copy, source);
    notesToCalls(copy);
    const blocks = setAside(copy);
    const column = document.createElement("div");
    column.append(copy);
    // Beside the page's content area, as wide: not in it, where Paged.js's
    // CSS columns would carry lines on into the next column.
    page.area.after(column);
    try {
      for (const block of blocks) {
        // Each pass takes the soft hyphens out of one word; the lines after it are set anew.
        for (let word = thirdInARow(block); word; word = thirdInARow(block)) {
          const { node, start, end } = word;
          const whole = node.data.slice(start, end).replaceAll(SOFT_HYPHEN, "");
          for (const text of [node, originals.get(node)!])
            text.replaceData(start, end - start, whole);
        }
      }
    } finally {
      column.remove();
    }
  }
}

/** Each text node of `copy` with its original in `source` (a copy made by cloneNode). */
function textPairs(copy: Node, source: Node): Map<Text, Text> {
  const pairs = new Map<Text, Text>();
  const copies = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const sources = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
  for (let node = copies.nextNode(); node; node = copies.nextNode())
    pairs.set(node as Text, sources.nextNode() as Text);
  return pairs;
}

/**
 * The blocks of `copy` with words enough to end MOST + 1 lines in a row
 * inside one, in order; everything else is set aside (`display: none`), not
 * to be laid out for nothing. Selectors still match as on the pages (`p + p`).
 */
function setAside(copy: DocumentFragment): HTMLElement[] {
  const blocks = Array.from(copy.querySelectorAll<HTMLElement>(BLOCKS)).filter(
    (block) =>
      !block.querySelector(BLOCKS) &&
      block.textContent!.includes(SOFT_HYPHEN) &&
      (block.textContent!.match(/\S*[\u00ad-]\S*/g)?.length ?? 0) > MOST,
  );
  const looked = new Set<Node>(blocks);
  const around = new Set<Node>();
  for (const block of blocks)
    for (let at = block.parentNode; at && !around.has(at); at = at.parentNode) around.add(at);
  const hide = (parent: ParentNode) => {
    for (const child of parent.children) {
      if (around.has(child)) hide(child);
      else if (!looked.has(child)) (child as HTMLElement).style.display = "none";
    }
  };
  hide(copy);
  return blocks;
}

/**
 * The word in `block` whose soft hyphens would make a line the third in a row
 * (MOST + 1) to end inside a word. A line may end at the writer's own hyphen
 * too ("end-|users"): it counts, but it stays, and the soft hyphens go from
 * the run's last word that has some.
 */
function thirdInARow(block: HTMLElement): HyphenatedWord | undefined {
  let run: HyphenatedWord[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const word of hyphenatedWords(node as Text, /\S*[\u00ad-]\S*/g)) {
      if (!isBroken(word)) continue;
      const last = run[run.length - 1];
      run =
        last && sameLine(word.rects[0], last.rects[last.rects.length - 1])
          ? [...run, word]
          : [word];
      if (run.length > MOST) {
        const soft = run.findLast((hyphenated) =>
          hyphenated.node.data.slice(hyphenated.start, hyphenated.end).includes(SOFT_HYPHEN),
        );
        if (soft) return soft;
      }
    }
  }
  return undefined;
}

function sameLine(box: DOMRect, other: DOMRect): boolean {
  const middle = (box.top + box.bottom) / 2;
  return middle >= other.top && middle <= other.bottom;
}

Paged.registerHandlers(HyphenRuns);
