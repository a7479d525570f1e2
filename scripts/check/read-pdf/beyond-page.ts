// Each page's words wherever they lie, the page's box or not. pdf.js leaves
// out of a page's text every glyph wholly outside the page's box (its
// getTextContent compares each glyph's place with the page's view), so a
// word printed off the page is never seen by the reads that search and copy
// make. To find it, the PDF is read again with every page's boxes widened
// by REACH on each side (by pdf-lib), and the words are put back where they
// stand relative to the page's own box. Folio's pages are never rotated.
import { PDFDocument } from "pdf-lib";
import { openPdf } from "./document.ts";
import { type PdfPage, readPages } from "./words.ts";

/** Points past each edge the wider boxes reach: far past any page, in numbers a reader takes. */
const REACH = 100_000;

export async function readPagesBeyond(bytes: Uint8Array): Promise<PdfPage[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  const sizes = doc.getPages().map((page) => {
    const { x, y, width, height } = page.getCropBox();
    page.setMediaBox(x - REACH, y - REACH, width + 2 * REACH, height + 2 * REACH);
    page.setCropBox(x - REACH, y - REACH, width + 2 * REACH, height + 2 * REACH);
    return { width, height };
  });
  const pdf = await openPdf(await doc.save());
  try {
    // The content streams are the file's own: its /ActualText is read from them as they are.
    const pages = await readPages(pdf, doc);
    // In the wide view the page's own box starts REACH points right of and below its top left.
    return pages.map((page, i) => ({
      ...page,
      ...sizes[i],
      words: page.words.map((w) => ({
        ...w,
        xMin: w.xMin - REACH,
        xMax: w.xMax - REACH,
        yMin: w.yMin - REACH,
        yMax: w.yMax - REACH,
      })),
    }));
  } finally {
    await pdf.destroy();
  }
}
