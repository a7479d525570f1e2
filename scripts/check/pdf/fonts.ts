// Every font embedded: a font left out is replaced by whatever the reader's
// viewer or printer has, with other widths, so lines overrun and glyphs go missing.
import { pdfFonts } from "../poppler.ts";
import type { Check, Problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const fontsCheck: Check<PdfContext> = {
  id: "pdf-fonts",
  title: "every font embedded",
  async run({ path, pages }) {
    const missing = (await pdfFonts(path)).filter((font) => !font.embedded);
    if (missing.length === 0) return [];
    // Only now page by page, to say where each one is used.
    const problems: Problem[] = [];
    for (const { number } of await pages()) {
      for (const font of await pdfFonts(path, number)) {
        if (!font.embedded) problems.push({ page: number, message: `the font ${font.name} (${font.type}) is not embedded` });
      }
    }
    return problems.length > 0 ? problems : missing.map((font) => ({ message: `the font ${font.name} (${font.type}) is not embedded` }));
  },
};
