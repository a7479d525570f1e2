// A PDF's words as one stream of characters, page after page, each page's
// lines from the top, each line's words from the left (as pdf.js reads
// Folio's pages; pdftotext's own reading order takes a justified line spread
// wide, by a long word that could not break, for columns), folded as the
// manuscript's text is (see foldText), with what a reader's viewer may leave
// out marked as such: the hyphen that ends a line (where a word is broken, or
// where the writer's own hyphen fell) and digits (a note's number, printed
// apart from the words of its call). A soft hyphen is marked too, to be
// passed over and reported.
import type { PdfPage, PdfWord } from "../poppler.ts";
import { foldText } from "../text.ts";

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
      line.forEach((word, i) => {
        const folded = foldText(word.text);
        for (let k = 0; k < folded.length; k++) {
          const char = folded[k];
          text += char;
          const lineEnd = i === line.length - 1 && k === folded.length - 1 && LINE_END_HYPHEN.test(char);
          optional.push(char === "\u00ad" ? STRAY : /\d/.test(char) || lineEnd ? OPTIONAL : REQUIRED);
        }
      });
    }
  }
  return { text, optional: Uint8Array.from(optional), pageStarts };
}

/**
 * A page's words in lines, from the top, each from the left. A word is on a
 * line when its middle lies within the line's height so far: a raised note
 * call or smaller type is, the next line down is not.
 */
function linesOf(words: PdfWord[]): PdfWord[][] {
  const middle = (word: PdfWord) => (word.yMin + word.yMax) / 2;
  const lines: { bottom: number; words: PdfWord[] }[] = [];
  for (const word of [...words].sort((a, b) => middle(a) - middle(b))) {
    const line = lines[lines.length - 1];
    if (line && middle(word) <= line.bottom) {
      line.words.push(word);
      line.bottom = Math.max(line.bottom, word.yMax);
    } else {
      lines.push({ bottom: word.yMax, words: [word] });
    }
  }
  return lines.map((line) => line.words.sort((a, b) => a.xMin - b.xMin));
}

/** The page (from 1) that holds the character at `index`. */
export function pageAt(stream: TextStream, index: number): number {
  let page = 0;
  while (page + 1 < stream.pageStarts.length && stream.pageStarts[page + 1] <= index) page++;
  return page + 1;
}
