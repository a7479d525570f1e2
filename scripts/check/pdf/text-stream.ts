// A PDF's words as one stream of characters, page after page, each page's
// lines from the top, each line's words from the left (as pdf.js reads
// Folio's pages; pdftotext's own reading order takes a justified line spread
// wide, by a long word that could not break, for columns), folded as the
// manuscript's text is (see foldText), with what a reader's viewer may leave
// out marked as such: the hyphen that ends a line (where a word is broken, or
// where the writer's own hyphen fell) and digits (a note's number, printed
// apart from the words of its call). A soft hyphen is marked too, to be
// passed over and reported.
import type { PdfPage, PdfWord } from "../read-pdf/words.ts";
import { foldText } from "../text.ts";
import { readingOrder } from "./reading-order.ts";

/** How a character of the stream may be passed over: not at all, freely, or as a fault. */
export const REQUIRED = 0;
export const OPTIONAL = 1;
export const STRAY = 2;

export interface TextStream {
  text: string;
  /** REQUIRED, OPTIONAL or STRAY for each character. */
  optional: Uint8Array;
  /** Where each page starts in `text`. */
  pageStarts: number[];
}

const LINE_END_HYPHEN = /[-\u2010\u2011]$/;

export function textStream(pages: PdfPage[]): TextStream {
  let text = "";
  const optional: number[] = [];
  const pageStarts: number[] = [];
  for (const { words } of pages) {
    pageStarts.push(text.length);
    for (const line of linesOf(words)) {
      // Right-to-left words as they read, not as they stand (reading-order.ts).
      readingOrder(line).forEach((word, i, line) => {
        const folded = foldText(word);
        for (let k = 0; k < folded.length; k++) {
          const char = folded[k];
          text += char;
          const lineEnd =
            i === line.length - 1 && k === folded.length - 1 && LINE_END_HYPHEN.test(char);
          optional.push(
            char === "\u00ad" ? STRAY : /\d/.test(char) || lineEnd ? OPTIONAL : REQUIRED,
          );
        }
      });
    }
  }
  return { text, optional: Uint8Array.from(optional), pageStarts };
}

/**
 * A page's words in lines, from the top, each from the left. Taken by their
 * middles from the top, a word is on the line of the one before unless it is
 * lower by more than 0.4 of the taller one's height: a raised note call or
 * smaller type is on it, the next line down is not. (Not by the line's bottom
 * so far: an Arabic word's box, Noto Naskh's ascent and descent, reaches past
 * the middle of the next line's Latin words.)
 */
export function linesOf(words: PdfWord[]): PdfWord[][] {
  const middle = (word: PdfWord) => (word.yMin + word.yMax) / 2;
  const height = (word: PdfWord) => word.yMax - word.yMin;
  const lines: PdfWord[][] = [];
  let last: PdfWord | undefined;
  for (const word of [...words].sort((a, b) => middle(a) - middle(b))) {
    if (last && middle(word) - middle(last) < 0.4 * Math.max(height(word), height(last)))
      lines[lines.length - 1].push(word);
    else lines.push([word]);
    last = word;
  }
  return lines.map((line) => line.sort((a, b) => a.xMin - b.xMin));
}

/** The page (from 1) that holds the character at `index`. */
export function pageAt(stream: TextStream, index: number): number {
  let page = 0;
  while (page + 1 < stream.pageStarts.length && stream.pageStarts[page + 1] <= index) page++;
  return page + 1;
}
