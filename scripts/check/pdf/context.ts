// What the checks of one PDF share: its path, which edition it is, what the
// manuscript expects of it, and the file read once however many checks ask:
// its pages and words by pdf.js (what Firefox's search and copy get), its
// objects by pdf-lib.
import { readFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import type { PrintEdition } from "../../model.ts";
import type { Expectations } from "../expectations.ts";
import { readPagesBeyond } from "../read-pdf/beyond-page.ts";
import { openPdf, type PDFDocumentProxy } from "../read-pdf/document.ts";
import type { PdfPage, PdfWord } from "../read-pdf/words.ts";
import { once } from "../run-checks.ts";
import { flat } from "../text.ts";
import { readingOrder } from "./reading-order.ts";
import { linesOf } from "./text-stream.ts";

export interface PdfContext {
  path: string;
  edition: PrintEdition;
  /** Absent when no manuscript was found for this PDF. */
  expect?: Expectations;
  pages(): Promise<PdfPage[]>;
  /** The same with the words that lie wholly outside the page too, which pages() leaves out. */
  pagesBeyond(): Promise<PdfPage[]>;
  /** Each page's words line by line, in reading order, flattened (see flat()) for comparing with the manuscript. */
  texts(): Promise<string[]>;
  /** The same, a page's lines apart: where a line starts matters to a note's number. */
  lines(): Promise<string[][]>;
  /** The file as pdf-lib reads it: its objects. */
  doc(): Promise<PDFDocument>;
  /** The file as pdf.js reads it: text, outline, pages drawn. */
  pdf(): Promise<PDFDocumentProxy>;
  /** Lets go of what pdf.js holds. */
  close(): Promise<void>;
}

export function pdfContext(path: string, edition: PrintEdition, expect?: Expectations): PdfContext {
  let opened: Promise<PDFDocumentProxy> | undefined;
  const pdf = () => (opened ??= openPdf(path));
  // updateMetadata: false, or pdf-lib would stamp its own producer and dates on load.
  const bytes = once(() => readFile(path));
  const doc = once(async () =>
    PDFDocument.load(await bytes(), { updateMetadata: false, ignoreEncryption: true }),
  );
  // One read sees every word, on the page or off it (beyond-page.ts); what the
  // page shows leaves out, as pdf.js does, the words wholly outside its box.
  const pagesBeyond = once(async () => readPagesBeyond(await bytes()));
  const pages = once(async () =>
    (await pagesBeyond()).map((page) => ({ ...page, words: page.words.filter(onPage(page)) })),
  );
  const lines = once(async () =>
    (await pages()).map((page) =>
      linesOf(page.words).map((line) => flat(readingOrder(line).join(""))),
    ),
  );
  return {
    path,
    edition,
    expect,
    pages,
    pagesBeyond,
    texts: once(async () => (await lines()).map((page) => page.join(""))),
    lines,
    doc,
    pdf,
    close: async () => void (await (await opened?.catch(() => undefined))?.destroy()),
  };
}

/** Whether a word lies at least in part on `page`, inside its box. */
function onPage({ width, height }: PdfPage): (word: PdfWord) => boolean {
  return (word) => word.xMax >= 0 && word.yMax >= 0 && word.xMin <= width && word.yMin <= height;
}

/** The manuscript's expectations, or an error that says the check needs them. */
export function expectations(context: PdfContext): Expectations {
  if (!context.expect)
    throw new Error(
      "the manuscript has errors or was not found, so there is nothing to compare with",
    );
  return context.expect;
}

/** The last page (from 1) whose flattened text holds `needle`, or 0. */
export function lastPageWith(texts: string[], needle: string): number {
  for (let i = texts.length - 1; i >= 0; i--) if (texts[i].includes(needle)) return i + 1;
  return 0;
}

/**
 * Whether the last page is the handout's blank back of its last sheet: a
 * handout whose text ends on an odd page gets one to make whole sheets
 * (scripts/pdf/handlers/whole-sheets.ts). `texts` as context.texts() gives them.
 */
export function blankBackOfSheet(edition: PrintEdition, texts: string[]): boolean {
  const count = texts.length;
  return (
    edition === "handout" && count % 2 === 0 && texts[count - 1] === "" && texts[count - 2] !== ""
  );
}
