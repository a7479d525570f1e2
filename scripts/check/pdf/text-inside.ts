// No text outside the page box: a word that runs off the page is cut off on
// screen and on paper.
import { quote } from "../text.ts";
import type { Check, Problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

/** Points a glyph's box may pass the edge by, rounding aside. */
const SLACK = 0.5;
/** Enough to show what is wrong without flooding the report. */
const MAX_PER_PAGE = 3;

export const textInsideCheck: Check<PdfContext> = {
  id: "pdf-text-inside",
  title: "no text outside the page",
  async run({ pages }) {
    const problems: Problem[] = [];
    for (const { number, width, height, words } of await pages()) {
      const outside = words.filter((w) => w.xMin < -SLACK || w.yMin < -SLACK || w.xMax > width + SLACK || w.yMax > height + SLACK);
      for (const word of outside.slice(0, MAX_PER_PAGE)) {
        const edge = word.xMin < -SLACK ? "left" : word.xMax > width + SLACK ? "right" : word.yMin < -SLACK ? "top" : "bottom";
        problems.push({ page: number, message: `${quote(word.text)} runs off the ${edge} edge of the page` });
      }
      if (outside.length > MAX_PER_PAGE) problems.push({ page: number, message: `and ${outside.length - MAX_PER_PAGE} more words outside the page` });
    }
    return problems;
  },
};
