// Black and grey only: the handout goes to an office printer in black toner,
// where a blue link or a coloured rule prints as a pale grey.
import { colouredPixels } from "../read-pdf/pixels.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const colourCheck: Check<PdfContext> = {
  id: "handout-no-colour",
  title: "no colour on any page",
  async run({ pdf, pages }) {
    const problems: CheckMessage[] = [];
    for (const { number } of await pages()) {
      const pixels = await colouredPixels(await pdf(), number);
      if (pixels > 0)
        problems.push(
          problem({
            page: number,
            message: `${pixels} pixels in colour at 50 dpi (a coloured link, rule or image?)`,
          }),
        );
    }
    return problems;
  },
};
