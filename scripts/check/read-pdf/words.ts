// Each page of a PDF with its size and its words, as pdf.js gives its text to
// Firefox's search and copy: every word spelled as it reads (pdf.js puts a
// right-to-left word's letters back in reading order), with its box on the
// page. pdf.js gives runs of text, not words: a word's box is its share of
// its run's width, by its characters. A glyph written with an /ActualText
// comes as that text (actual-text.ts).
import type { PDFDocument } from "pdf-lib";
import type { TextItem, TextStyle } from "pdfjs-dist/types/src/display/api.js";
import { actualTexts } from "./actual-text.ts";
import type { PDFDocumentProxy, PDFPageProxy } from "./document.ts";

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
  /** The font size, in points. */
  size: number;
  /** Which of the page's runs of text it is in: the words of one run are a space apart. */
  run: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  /** In points: the crop box, what a viewer shows and a printer prints. */
  width: number;
  height: number;
  /** In points from the top left of the crop box, in the order the page draws them. */
  words: PdfWord[];
}

const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** Every page (or those from `first` to `last`), read by pdf.js; `doc` is the same file read by pdf-lib. */
export async function readPages(
  pdf: PDFDocumentProxy,
  doc: PDFDocument,
  range = { first: 1, last: pdf.numPages },
): Promise<PdfPage[]> {
  const pages: PdfPage[] = [];
  for (let number = range.first; number <= range.last; number++) {
    const page = await pdf.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const { items, styles } = await page.getTextContent({ includeMarkedContent: true });
    const runs = withActualText(
      items as (TextItem | Marker)[],
      actualTexts(doc, doc.getPage(number - 1)),
    );
    pages.push({
      number,
      width,
      height,
      words: runs.flatMap((run, i) => wordsOf(run, i, page, styles[run.fontName])),
    });
  }
  return pages;
}

interface Marker {
  type: "beginMarkedContent" | "beginMarkedContentProps" | "endMarkedContent";
}

/**
 * The runs of text with each marked-content sequence that has an /ActualText
 * replaced by one run of that text, where its glyphs stand. Only where the
 * page's sequences and pdf.js's markers are as many: otherwise the runs as
 * pdf.js gives them.
 */
function withActualText(items: (TextItem | Marker)[], texts: (string | undefined)[]): TextItem[] {
  const markers = items.filter(
    (item) => "type" in item && item.type === "beginMarkedContentProps",
  ).length;
  const runs: TextItem[] = [];
  const open: ({ text: string; glyphs: TextItem[] } | undefined)[] = [];
  let next = 0;
  for (const item of items) {
    if (!("type" in item)) {
      const span = open.find(Boolean);
      if (span) span.glyphs.push(item);
      else runs.push(item);
    } else if (item.type === "endMarkedContent") {
      const span = open.pop();
      const glyphs = span?.glyphs.filter((glyph) => glyph.str.trim() !== "") ?? [];
      if (span && glyphs.length > 0) runs.push(spanRun(span.text, glyphs));
    } else {
      const text =
        item.type === "beginMarkedContentProps" && markers === texts.length
          ? texts[next++]
          : undefined;
      open.push(text !== undefined && !open.some(Boolean) ? { text, glyphs: [] } : undefined);
    }
  }
  return runs;
}

/** One run of `text` across the glyphs it stands for, on the line of the widest (a mark is drawn above or below its letter). */
function spanRun(text: string, glyphs: TextItem[]): TextItem {
  const widest = glyphs.reduce((a, b) => (b.width > a.width ? b : a));
  const left = Math.min(...glyphs.map((glyph) => glyph.transform[4]));
  const right = Math.max(...glyphs.map((glyph) => glyph.transform[4] + glyph.width));
  const transform = [...widest.transform];
  transform[4] = left;
  return {
    ...widest,
    str: text,
    dir: RTL_LETTER.test(text) ? "rtl" : "ltr",
    transform,
    width: right - left,
  };
}

/** A run's words, each with its share of the run's box: from the right in a right-to-left run. */
function wordsOf(
  run: TextItem,
  index: number,
  page: PDFPageProxy,
  style: TextStyle | undefined,
): PdfWord[] {
  const [, , c, d, x, y] = run.transform;
  const size = Math.hypot(c, d);
  // Above and below the baseline as the font says, for a box as tall as its letters can be.
  const ascent = style?.ascent || 0.8;
  const descent = style?.descent || -0.2;
  const viewport = page.getViewport({ scale: 1 });
  const length = run.str.length;
  return [...run.str.matchAll(/\S+/g)].map((match) => {
    let [from, to] = [match.index / length, (match.index + match[0].length) / length];
    if (run.dir === "rtl") [from, to] = [1 - to, 1 - from];
    const [x1, y1] = viewport.convertToViewportPoint(x + from * run.width, y + ascent * size);
    const [x2, y2] = viewport.convertToViewportPoint(x + to * run.width, y + descent * size);
    return {
      xMin: Math.min(x1, x2),
      yMin: Math.min(y1, y2),
      xMax: Math.max(x1, x2),
      yMax: Math.max(y1, y2),
      text: match[0],
      size,
      run: index,
    };
  });
}
