// Every page the size the manuscript asks for (`paper: a4` or `letter`): a
// handout printed on the other size is scaled down or clipped.
import { type Check, type CheckMessage, problem } from "../types.ts";
import { expectations, type PdfContext } from "./context.ts";

/** In points: ISO 216 A4 (210 × 297 mm) and US Letter (8.5 × 11 in). */
const SIZES = {
  a4: { name: "A4", width: 595.28, height: 841.89 },
  letter: { name: "Letter", width: 612, height: 792 },
};
/** Chromium rounds A4 to 594.96 × 841.92. */
const TOLERANCE = 1.5;

export const pageSizeCheck: Check<PdfContext> = {
  id: "pdf-page-size",
  title: "every page the paper size the manuscript asks for",
  async run(context) {
    const want = SIZES[expectations(context).paper];
    const problems: CheckMessage[] = [];
    for (const { number, width, height } of await context.pages()) {
      if (Math.abs(width - want.width) <= TOLERANCE && Math.abs(height - want.height) <= TOLERANCE)
        continue;
      const named = Object.values(SIZES).find(
        (s) => Math.abs(width - s.width) <= TOLERANCE && Math.abs(height - s.height) <= TOLERANCE,
      );
      const size = `${Math.round(width)} × ${Math.round(height)} pt${named ? ` (${named.name})` : ""}`;
      problems.push(
        problem({
          page: number,
          message: `the page is ${size}; the manuscript asks for ${want.name}`,
        }),
      );
    }
    return problems;
  },
};
