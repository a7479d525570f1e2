// No blank page, except those the handout leaves on purpose: its bio goes on
// the back of the last sheet (an even page), so when the article ends on an
// even page the odd page between them stays empty; a handout whose text ends
// on an odd page gets a blank back of its last sheet; and a book that opens its
// chapters on right-hand pages leaves a left-hand one empty before some.
// Those are wholly empty (`@page :blank` prints no running head or number).
// Any other page whose body is empty is blank, whatever its margins show:
// every page of text carries a running head or a page number there.
import { inkedPixels } from "../read-pdf/pixels.ts";
import type { PdfPage } from "../read-pdf/words.ts";
import { flat, quote } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import { blankBackOfSheet, lastPageWith, type PdfContext } from "./context.ts";

/**
 * The margins, in points, where running heads and page numbers stand: the
 * least that Folio's pages keep free of text, at the top (handout.css, 20 mm)
 * and at the foot (print.css and handout.css, 26 mm).
 */
const MARGIN = { top: (20 / 25.4) * 72, bottom: (26 / 25.4) * 72 };

export const blankPagesCheck: Check<PdfContext> = {
  id: "pdf-blank-pages",
  title: "no blank page (but the handout's one before the bio)",
  async run({ pdf, pages, texts, edition, expect }) {
    const all = await pages();
    const heading = expect?.bio && flat(expect.bio.heading);
    const bioPage = heading ? lastPageWith(await texts(), heading) : 0;
    const backOfSheet = blankBackOfSheet(edition, await texts()) ? all.length : 0;
    const problems: CheckMessage[] = [];
    for (const page of all) {
      const body = { top: MARGIN.top, bottom: page.height - MARGIN.bottom };
      if (page.words.some((w) => w.yMax > body.top && w.yMin < body.bottom)) continue;
      const beforeBio = page.number === bioPage - 1 && bioPage % 2 === 0;
      const beforeChapter = expect?.chaptersOnRight === true && page.number % 2 === 0;
      const intended =
        page.words.length === 0 &&
        edition === "handout" &&
        (beforeBio || beforeChapter || page.number === backOfSheet);
      // No words may still be a drawing or an image: blank only if nothing is printed in the body.
      if (intended || (await inkedPixels(await pdf(), page.number, body)) > 0) continue;
      problems.push(problem({ page: page.number, message: blank(page) }));
    }
    return problems;
  },
};

function blank({ words }: PdfPage): string {
  return words.length === 0
    ? "the page is blank"
    : `the page is blank but for its margins: ${quote(words.map((w) => w.text).join(" "))}`;
}
