// A PDF's pages drawn to pixels by pdf.js on a Skia canvas (@napi-rs/canvas,
// which ships its compiled library in the npm package): what a viewer shows
// or a printer prints, for the checks that look at ink and colour and for
// the tests that read the handout's QR codes.
import { createCanvas } from "@napi-rs/canvas";
import type { PDFDocumentProxy } from "./document.ts";

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, a row after another from the top. */
  data: Uint8ClampedArray;
}

/** Page `number` (from 1) drawn at `dpi` on white. */
export async function renderPage(
  pdf: PDFDocumentProxy,
  number: number,
  dpi: number,
): Promise<Pixels> {
  const page = await pdf.getPage(number);
  const viewport = page.getViewport({ scale: dpi / 72 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  // pdf.js asks for a DOM canvas; Skia's has the same 2D context.
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport }).promise;
  const { width, height, data } = canvas
    .getContext("2d")
    .getImageData(0, 0, canvas.width, canvas.height);
  page.cleanup();
  return { width, height, data };
}

/** How many pixels of a page, drawn at 50 dpi, are not a shade of grey (their channels differ by more than 16). */
export async function colouredPixels(pdf: PDFDocumentProxy, number: number): Promise<number> {
  const { data } = await renderPage(pdf, number, 50);
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) >
      16
    )
      count++;
  }
  return count;
}

/**
 * How many pixels of a page, drawn at 20 dpi, show anything at all (darker than 245
 * of 255 in grey): 0 on a blank page. `band`, in points from the top, counts only
 * the rows between.
 */
export async function inkedPixels(
  pdf: PDFDocumentProxy,
  number: number,
  band?: { top: number; bottom: number },
): Promise<number> {
  const dpi = 20;
  const { width, data } = await renderPage(pdf, number, dpi);
  const row = (points: number) => Math.round((points * dpi) / 72) * width * 4;
  const [from, to] = band ? [row(band.top), row(band.bottom)] : [0, data.length];
  let count = 0;
  for (let i = from; i < Math.min(to, data.length); i += 4)
    if (0.299 * data[i] + 0.587 * data[i + 1] + 0.114 * data[i + 2] < 245) count++;
  return count;
}
