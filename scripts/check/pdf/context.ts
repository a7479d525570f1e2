// What the checks of one PDF share: its path, which edition it is, what the
// manuscript expects of it, and the file read once (pages and words by
// poppler, the objects by pdf-lib) however many checks ask.
import { readFile } from "node:fs/promises";
import { PDFDocument } from "pdf-lib";
import type { Expectations } from "../expectations.ts";
import { type PdfPage, pdfPages } from "../poppler.ts";
import { once } from "../run-checks.ts";
import { flat } from "../text.ts";
import { readingOrder } from "./reading-order.ts";
import { linesOf } from "./text-stream.ts";

export type PrintEdition = "pdf" | "handout";

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

export interface PdfContext {
  path: string;
  edition: PrintEdition;
  /** Absent when no manuscript was found for this PDF. */
  expect?: Expectations;
  pages(): Promise<PdfPage[]>;
  /** Each page's words, flattened (see flat()) for comparing with the manuscript. */
  texts(): Promise<string[]>;
  doc(): Promise<PDFDocument>;
}

export function pdfContext(path: string, edition: PrintEdition, expect?: Expectations): PdfContext {
  const pages = once(() => pdfPages(path));
  return {
    path,
    edition,
    expect,
    pages,
    texts: once(async () => (await pages()).map((page) => {
      const text = page.words.map((w) => w.text).join("");
      // Right-to-left words come as they stand on the page, each spelled backwards: read line by line, in reading order.
      return flat(RTL_LETTER.test(text) ? linesOf(page.words).flatMap(readingOrder).join("") : text);
    })),
    // updateMetadata: false, or pdf-lib would stamp its own producer and dates on load.
    doc: once(async () => PDFDocument.load(await readFile(path), { updateMetadata: false, ignoreEncryption: true })),
  };
}

/** The manuscript's expectations, or an error that says the check needs them. */
export function expectations(context: PdfContext): Expectations {
  if (!context.expect) throw new Error("the manuscript has errors or was not found, so there is nothing to compare with");
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
  return edition === "handout" && count % 2 === 0 && texts[count - 1] === "" && texts[count - 2] !== "";
}
