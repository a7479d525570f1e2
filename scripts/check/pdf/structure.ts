// The file opens and its structure is sound: qpdf reads the cross-reference
// table and every object, and decodes every stream.
import { qpdfCheck } from "../qpdf.ts";
import type { Check } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const structureCheck: Check<PdfContext> = {
  id: "pdf-structure",
  title: "opens, and its structure is sound (qpdf --check)",
  async run({ path }) {
    const { problems } = await qpdfCheck(path);
    return problems.map((message) => ({ message: `qpdf: ${message}` }));
  },
};
