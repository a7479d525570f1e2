// No text outside the page box: a word that runs off the page is cut off on
// screen and on paper, and one that lies wholly beyond it is not shown at
// all (nor found by search: pdf.js leaves it out, so the page is read with
// wider boxes to see it, read-pdf/beyond-page.ts).
import type { PdfWord } from "../read-pdf/words.ts";
import { quote } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

/** Points a glyph's box may pass the edge by, rounding aside. */
const SLACK = 0.5;
/** Enough to show what is wrong without flooding the report. */
const MAX_PER_PAGE = 3;

export const textInsideCheck: Check<PdfContext> = {
  id: "pdf-text-inside",
  title: "no text outside the page",
  async run({ pagesBeyond }) {
    const problems: CheckMessage[] = [];
    for (const { number, width, height, words } of await pagesBeyond()) {
      const outside = words.filter(
        (w) =>
          w.xMin < -SLACK || w.yMin < -SLACK || w.xMax > width + SLACK || w.yMax > height + SLACK,
      );
      for (const word of outside.slice(0, MAX_PER_PAGE))
        problems.push(problem({ page: number, message: whereOff(word, width, height) }));
      if (outside.length > MAX_PER_PAGE)
        problems.push(
          problem({
            page: number,
            message: `and ${outside.length - MAX_PER_PAGE} more words outside the page`,
          }),
        );
    }
    return problems;
  },
};

function whereOff(word: PdfWord, width: number, height: number): string {
  const edge =
    word.xMin < -SLACK
      ? "left"
      : word.xMax > width + SLACK
        ? "right"
        : word.yMin < -SLACK
          ? "top"
          : "bottom";
  const wholly = word.xMax < 0 || word.yMax < 0 || word.xMin > width || word.yMin > height;
  const how = wholly ? "lies wholly beyond" : "runs off";
  return `${quote(word.text)} ${how} the ${edge} edge of the page`;
}
