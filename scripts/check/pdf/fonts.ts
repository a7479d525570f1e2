// Every font embedded: a font left out is replaced by whatever the reader's
// viewer or printer has, with other widths, so lines overrun and glyphs go missing.
import { pageFonts } from "../read-pdf/fonts.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const fontsCheck: Check<PdfContext> = {
  id: "pdf-fonts",
  title: "every font embedded",
  async run({ doc }) {
    const problems: CheckMessage[] = [];
    for (const [i, fonts] of pageFonts(await doc()).entries()) {
      for (const font of fonts)
        if (!font.embedded)
          problems.push(
            problem({
              page: i + 1,
              message: `the font ${font.name} (${font.type}) is not embedded`,
            }),
          );
    }
    return problems;
  },
};
