// The file opens and its structure is sound: qpdf (compiled to WebAssembly,
// read-pdf/qpdf.ts) reads the cross-reference table and every object, and
// decodes every stream.
import { qpdfCheck } from "../read-pdf/qpdf.ts";
import { type Check, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const structureCheck: Check<PdfContext> = {
  id: "pdf-structure",
  title: "opens, and its structure is sound (qpdf --check)",
  async run({ path }) {
    const { problems } = await qpdfCheck(path);
    return problems.map((message) => problem({ message: `qpdf: ${message}`, source: "qpdf" }));
  },
};
