// No blank page, except those the handout leaves on purpose: its bio goes on
// the back of the last sheet (an even page), so when the article ends on an
// even page the odd page between them stays empty; a handout whose text ends
// on an odd page gets a blank back of its last sheet; and a book that opens its
// chapters on right-hand pages leaves a left-hand one empty before some.
import { inkedPixels } from "../read-pdf/pixels.ts";
import { flat } from "../text.ts";
import type { Check, Problem } from "../types.ts";
import { blankBackOfSheet, lastPageWith, type PdfContext } from "./context.ts";

export const blankPagesCheck: Check<PdfContext> = {
  id: "pdf-blank-pages",
  title: "no blank page (but the handout's one before the bio)",
  async run({ pdf, pages, texts, edition, expect }) {
    const all = await pages();
    const heading = expect?.bio && flat(expect.bio.heading);
    const bioPage = heading ? lastPageWith(await texts(), heading) : 0;
    const backOfSheet = blankBackOfSheet(edition, await texts()) ? all.length : 0;
    const problems: Problem[] = [];
    for (const page of all) {
      if (page.words.length > 0) continue;
      const beforeBio = page.number === bioPage - 1 && bioPage % 2 === 0;
      const beforeChapter = expect?.chaptersOnRight === true && page.number % 2 === 0;
      const intended = edition === "handout" && (beforeBio || beforeChapter || page.number === backOfSheet);
      // No words may still be a drawing or an image: blank only if nothing at all is printed.
      if (intended || (await inkedPixels(await pdf(), page.number)) > 0) continue;
      problems.push({ page: page.number, message: "the page is blank" });
    }
    return problems;
  },
};
