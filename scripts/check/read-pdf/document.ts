// A PDF opened with pdf.js (pdfjs-dist), the reader inside Firefox, in Node
// with nothing but npm's packages: the checks and the tests read every PDF
// through it. Its fonts, CMaps and image decoders are files of the package,
// given as paths, so that nothing is fetched and a PDF that names a standard
// font it does not embed (Helvetica) is still drawn as a viewer draws it.
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

export type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";

const PACKAGE = dirname(fileURLToPath(import.meta.resolve("pdfjs-dist/package.json")));

/** The PDF at `path` (or in `bytes`), read by pdf.js; call `destroy()` when done with it. */
export async function openPdf(file: string | Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({
    data: typeof file === "string" ? new Uint8Array(await readFile(file)) : file,
    // pdf.js reads these "URLs" with fs in Node; a trailing slash, as it asks.
    standardFontDataUrl: join(PACKAGE, "standard_fonts/"),
    cMapUrl: join(PACKAGE, "cmaps/"),
    wasmUrl: join(PACKAGE, "wasm/"),
    // Keeps each font's name and whether its file is missing (fonts.ts).
    fontExtraProperties: true,
    // Its warnings (a broken font, a damaged table) go to the console: the checks say what matters.
    verbosity: 0,
    // The whole file is in memory: no range requests, no streaming.
    disableAutoFetch: true,
    isEvalSupported: false,
  }).promise;
}
