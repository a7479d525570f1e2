// The readers a reader's software stands in for, all from npm: pdf.js (the
// reader inside Firefox) for a PDF's text, bookmarks, metadata and pages drawn,
// pdf-lib for its objects, ZXing (WebAssembly) for the handout's QR codes; and
// W3C EPUBCheck for EPUBs. Tests read real outputs through them; the readers
// `folio check` uses live in scripts/check/read-pdf/.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { readingOrder } from "../../scripts/check/pdf/reading-order.ts";
import { linesOf } from "../../scripts/check/pdf/text-stream.ts";
import { openPdf, type PDFDocumentProxy } from "../../scripts/check/read-pdf/document.ts";
import { documentFonts } from "../../scripts/check/read-pdf/fonts.ts";
import { readOutline } from "../../scripts/check/read-pdf/outline.ts";
import {
  colouredPixels as pagePixelsInColour,
  renderPage,
} from "../../scripts/check/read-pdf/pixels.ts";
import { type PdfPage, type PdfWord, readPages } from "../../scripts/check/read-pdf/words.ts";

export type { OutlineEntry } from "../../scripts/check/read-pdf/outline.ts";
export { epubcheck, type EpubcheckReport } from "../../scripts/check/epub/epubcheck.ts";

/** Reads the PDF at `path` with pdf.js and pdf-lib, and lets go of it after. */
async function reading<T>(
  path: string,
  read: (pdf: PDFDocumentProxy, doc: PDFDocument) => Promise<T>,
): Promise<T> {
  const [pdf, doc] = await Promise.all([
    openPdf(path),
    readFile(path).then((bytes) => PDFDocument.load(bytes, { updateMetadata: false })),
  ]);
  try {
    return await read(pdf, doc);
  } finally {
    await pdf.destroy();
  }
}

/**
 * The text of one page (1-based), or of every page (each ended by a form feed),
 * a line of the page to a line of text, as `pdftotext -layout` lays it out:
 * words a space apart, two spaces or more where the page leaves a wider gap
 * (a line spread wide, a page number across from its title).
 */
export async function pdfText(path: string, page?: number): Promise<string> {
  return reading(path, async (pdf, doc) => {
    const pages = await readPages(pdf, doc, page ? { first: page, last: page } : undefined);
    return pages.map(layoutText).join(page ? "" : "\f");
  });
}

function layoutText({ words }: PdfPage): string {
  return `${linesOf(words).map(layoutLine).join("\n")}\n`;
}

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

function layoutLine(line: PdfWord[]): string {
  if (line.some((word) => RTL_LETTER.test(word.text))) return readingOrder(line).join(" ");
  return line
    .map((word, i) => {
      const before = line[i - 1];
      if (!before) return word.text;
      const gap = (word.xMin - before.xMax) / word.size;
      // pdf.js keeps a gap of 0.1 to 0.6 em inside a run of text, as one space.
      const space =
        word.run === before.run || (gap >= 0.1 && gap <= 0.6)
          ? " "
          : gap < 0.1
            ? ""
            : " ".repeat(Math.max(2, Math.round(gap / 0.5)));
      return space + word.text;
    })
    .join("");
}

/** Each word on one page with its box, in points from the top left. */
export async function pdfWords(
  path: string,
  page: number,
): Promise<{ width: number; height: number; words: PdfWord[] }> {
  const [{ width, height, words }] = await reading(path, (pdf, doc) =>
    readPages(pdf, doc, { first: page, last: page }),
  );
  return { width, height, words };
}

export interface PdfInfo {
  pages: number;
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  /** As the file writes it: `D:20240501120000Z`. */
  created?: string;
  /** /MarkInfo << /Marked true >>. */
  tagged: boolean;
  /** The first page's size, in points. */
  width: number;
  height: number;
}

/** What a viewer's document properties show. */
export async function pdfInfo(path: string): Promise<PdfInfo> {
  return reading(path, async (pdf) => {
    const info = (await pdf.getMetadata()).info as Record<string, string | undefined>;
    const { width, height } = (await pdf.getPage(1)).getViewport({ scale: 1 });
    const {
      Title: title,
      Author: author,
      Subject: subject,
      Keywords: keywords,
      Creator: creator,
      CreationDate: created,
    } = info;
    return {
      pages: pdf.numPages,
      title,
      author,
      subject,
      keywords,
      creator,
      created,
      tagged: (await pdf.getMarkInfo())?.Marked === true,
      width,
      height,
    };
  });
}

/** Every font of the PDF, once: its name, type and whether the file carries it. */
export async function pdfFonts(path: string) {
  return documentFonts(await PDFDocument.load(await readFile(path), { updateMetadata: false }));
}

/** The bookmarks, each with the page it opens. */
export async function pdfOutline(path: string) {
  return reading(path, (pdf) => readOutline(pdf));
}

/** How many pixels of a page, drawn at 50 dpi, are in colour (as the handout's check counts them). */
export async function colouredPixels(path: string, page: number): Promise<number> {
  return reading(path, (pdf) => pagePixelsInColour(pdf, page));
}

const require = createRequire(import.meta.url);
// The decoder's WebAssembly from the package itself: left alone, it would fetch it from a CDN.
prepareZXingModule({
  overrides: { wasmBinary: await readFile(require.resolve("zxing-wasm/reader/zxing_reader.wasm")) },
});

/** The QR codes a phone would read on a page printed at 300 dpi, sorted. */
export async function qrCodes(path: string, page: number): Promise<string[]> {
  const { width, height, data } = await reading(path, (pdf) => renderPage(pdf, page, 300));
  const found = await readBarcodes({ width, height, data, colorSpace: "srgb" } as ImageData, {
    formats: ["QRCode"],
    maxNumberOfSymbols: 64,
  });
  return found
    .filter((code) => code.isValid)
    .map((code) => code.text)
    .sort();
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

/** Each page's text as Firefox's viewer (pdf.js) extracts it for search and copy: its runs, a line break where it sees one. */
export async function pdfjsText(path: string): Promise<string[]> {
  return reading(path, async (pdf) => {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const { items } = await (await pdf.getPage(number)).getTextContent();
      pages.push(
        items.map((item) => ("str" in item ? item.str + (item.hasEOL ? "\n" : "") : "")).join(""),
      );
    }
    return pages;
  });
}

/**
 * Text as a viewer's search reads it: a word broken at a line end by a hyphen
 * joined again (pdf.js's rule: a hyphen between a lower-case letter and a
 * line break), every run of spaces and line breaks one space.
 */
export function searchable(text: string): string {
  return text.replace(/(\p{Ll})-\n\s*(?=\p{Ll})/gu, "$1").replace(/\s+/g, " ");
}
