// Tagged: a structure tree (/StructTreeRoot) and /MarkInfo /Marked true, which
// screen readers and reflow on small screens need to read the text in order.
import { PDFBool, PDFDict, PDFName } from "pdf-lib";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const taggedCheck: Check<PdfContext> = {
  id: "pdf-tagged",
  title: "tagged (/MarkInfo /Marked true, a /StructTreeRoot)",
  async run({ doc }) {
    const { catalog } = await doc();
    const problems: CheckMessage[] = [];
    const marked = catalog
      .lookupMaybe(PDFName.of("MarkInfo"), PDFDict)
      ?.lookupMaybe(PDFName.of("Marked"), PDFBool);
    if (!marked?.asBoolean())
      problems.push(
        problem({
          message: "not marked as tagged: the catalog has no /MarkInfo << /Marked true >>",
        }),
      );
    if (!catalog.has(PDFName.of("StructTreeRoot")))
      problems.push(
        problem({
          message:
            "no structure tree (/StructTreeRoot): screen readers can't tell headings from text",
        }),
      );
    return problems;
  },
};
