// The tools a reader's software stands in for: poppler for PDFs, W3C
// EPUBCheck for EPUBs. Tests read real outputs through them; the readers
// `folio check` uses too live in scripts/check/.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

export { colouredPixels, pdfFonts, pdfInfo, pdfText, pdfWords } from "../../scripts/check/poppler.ts";
export { type OutlineEntry, pdfOutline } from "../../scripts/check/qpdf.ts";
export { epubcheck, type EpubcheckReport } from "../../scripts/check/epub/epubcheck.ts";

const run = promisify(execFile);

/** The QR codes a phone would read on a page printed at 300 dpi (zbarimg, Debian's zbar-tools). */
export async function qrCodes(path: string, page: number, workDir: string): Promise<string[]> {
  const png = join(workDir, `qr-page-${page}`);
  await run("pdftoppm", ["-png", "-r", "300", "-singlefile", "-f", String(page), "-l", String(page), path, png]);
  const { stdout } = await run("zbarimg", ["-q", "--raw", `${png}.png`]).catch((error) => {
    if (error.code === "ENOENT") throw new Error("zbarimg is not installed (Debian: zbar-tools)");
    return { stdout: "" }; // zbarimg exits 4 when it finds no code
  });
  return stdout.split("\n").filter(Boolean).sort();
}

/** The web links (URI actions) of each page, as a reader's viewer would follow them. */
export async function pdfWebLinks(path: string): Promise<string[][]> {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  return doc.getPages().map((page) => {
    const annots = page.node.Annots();
    const uris: string[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const action = annot.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString);
      if (uri) uris.push(uri.decodeText());
    }
    return uris;
  });
}

/** The document catalog's /Lang and whether the viewer shows the title (DisplayDocTitle). */
export async function pdfCatalog(path: string) {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  const lang = doc.catalog.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString)?.decodeText();
  const displayDocTitle = doc.catalog.getViewerPreferences()?.getDisplayDocTitle() ?? false;
  return { lang, displayDocTitle, marked: doc.catalog.has(PDFName.of("MarkInfo")) };
}

/** Each page's text as Firefox's viewer (pdf.js) extracts it for search and copy: its items, a line break where it sees one. */
export async function pdfjsText(path: string): Promise<string[]> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const doc = await getDocument({ data: new Uint8Array(await readFile(path)), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= doc.numPages; number++) {
    const { items } = await (await doc.getPage(number)).getTextContent();
    pages.push(items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""));
  }
  await doc.destroy();
  return pages;
}

/**
 * Text as a viewer's search reads it: a word broken at a line end by a hyphen
 * joined again (pdf.js's rule: a hyphen between a lower-case letter and a
 * line break), every run of spaces and line breaks one space.
 */
export function searchable(text: string): string {
  return text.replace(/(\p{Ll})-\n\s*(?=\p{Ll})/gu, "$1").replace(/\s+/g, " ");
}
