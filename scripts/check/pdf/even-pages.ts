// The handout is printed on both sides of whole sheets: an odd page count
// leaves the back of the last sheet to chance, and the bio off the back. A
// single page (no bio) is one sheet printed on one side, as meant.
import { type Check, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const evenPagesCheck: Check<PdfContext> = {
  id: "handout-even-pages",
  title: "an even number of pages (whole sheets, printed on both sides)",
  async run({ doc }) {
    const count = (await doc()).getPageCount();
    return count % 2 === 0 || count === 1
      ? []
      : [
          problem({
            page: count,
            message: `${count} pages: the last sheet is printed on one side only`,
          }),
        ];
  },
};
