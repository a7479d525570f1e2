// A line of a PDF's words in reading order. pdftotext gives each word as it
// stands on the page, its letters from the left, so an Arabic or Hebrew word
// comes spelled backwards (each letter with its vowel signs), and a line's
// words are sorted from the left. Read as search and copy read them, a run of
// right-to-left words goes from the right, each spelled forwards; the runs of a
// line go from the right when it is a right-to-left line (its rightmost word is).
// Words with no letter (numbers, punctuation) go with the run they stand in.
// Used by the checks that compare a page's text with the manuscript's.
import type { PdfWord } from "../poppler.ts";

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

const letters = new Intl.Segmenter("und", { granularity: "grapheme" });

/** A word spelled the other way, each letter kept with its marks and each number as it is (numbers run left to right). */
function backwards(word: string): string {
  const units: string[] = [];
  for (const { segment } of letters.segment(word)) {
    if (/^\p{Nd}$/u.test(segment) && /\p{Nd}$/u.test(units.at(-1) ?? "")) units[units.length - 1] += segment;
    else units.push(segment);
  }
  return units.reverse().join("");
}

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
  const inOrder = runs.map((run) => (run.rtl ? run.words.reverse().map(backwards) : run.words));
  const rightmost = runs.findLast((run) => run.words.some((word) => /\p{L}/u.test(word)));
  return (rightmost?.rtl ? inOrder.reverse() : inOrder).flat();
}
