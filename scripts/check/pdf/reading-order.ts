// A line of a PDF's words in reading order. pdf.js spells each word as it
// reads (a right-to-left word's letters in reading order), but a line's words
// come sorted from the left: read as search and copy read them, a run of
// right-to-left words goes from the right, and the runs of a line go from the
// right when it is a right-to-left line (its rightmost word is). Words with
// no letter (numbers, punctuation) go with the run they stand in. Used by the
// checks that compare a page's text with the manuscript's.
import type { PdfWord } from "../read-pdf/words.ts";

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The texts of a line's words (sorted from the left) in reading order. */
export function readingOrder(line: PdfWord[]): string[] {
  if (!line.some((word) => RTL_LETTER.test(word.text))) return line.map((word) => word.text);
  const runs: { rtl: boolean; words: string[] }[] = [];
  for (const { text } of line) {
    const rtl = /\p{L}/u.test(text) ? RTL_LETTER.test(text) : (runs.at(-1)?.rtl ?? true);
    const run = runs.at(-1);
    if (run && run.rtl === rtl) run.words.push(text);
    else runs.push({ rtl, words: [text] });
  }
  const inOrder = runs.map((run) => (run.rtl ? run.words.reverse() : run.words));
  const rightmost = runs.findLast((run) => run.words.some((word) => /\p{L}/u.test(word)));
  return (rightmost?.rtl ? inOrder.reverse() : inOrder).flat();
}
