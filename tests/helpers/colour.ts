// Colour in a PDF seen two ways the handout check does not use: the pages as
// PDFium draws them (Chrome's PDF reader, compiled to WebAssembly), and the
// pixels of the pictures themselves as stored in the file, each decoded (by
// pdf.js, its soft mask applied). The check draws with pdf.js; these keep a
// quirk of one renderer from passing for grey.
import { readFile } from "node:fs/promises";
import { PDFiumLibrary } from "@hyzyla/pdfium";
import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { openPdf } from "../../scripts/check/read-pdf/document.ts";

/** A pixel is in colour when its channels differ by more than this (as the check counts). */
const GREY = 16;

const pdfium = PDFiumLibrary.init();

/** How many pixels of a page drawn by PDFium at 50 dpi are in colour. */
export async function pdfiumColouredPixels(path: string, page: number): Promise<number> {
  const document = await (await pdfium).loadDocument(await readFile(path));
  try {
    const { data } = await document.getPage(page - 1).render({ scale: 50 / 72, render: "bitmap" });
    return colouredIn(data, 4);
  } finally {
    document.destroy();
  }
}

/** Each picture the PDF's pages draw, in order: how many of its pixels are in colour. */
export async function picturesColouredPixels(path: string): Promise<number[]> {
  const pdf = await openPdf(path);
  try {
    const counts: number[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const { fnArray, argsArray } = await page.getOperatorList();
      for (const [i, fn] of fnArray.entries()) {
        if (fn !== OPS.paintImageXObject && fn !== OPS.paintImageXObjectRepeat) continue;
        const id: string = argsArray[i][0];
        // Decoded in pdf.js's worker: ready when it says so, not with the operator list.
        const objects = id.startsWith("g_") ? page.commonObjs : page.objs;
        const image = await new Promise<{ width: number; height: number; data: Uint8ClampedArray }>(
          (resolve) => objects.get(id, resolve),
        );
        const channels = image.data.length / (image.width * image.height);
        counts.push(channels >= 3 ? colouredIn(image.data, channels) : 0);
      }
    }
    return counts;
  } finally {
    await pdf.destroy();
  }
}

function colouredIn(pixels: Uint8Array | Uint8ClampedArray, channels: number): number {
  let count = 0;
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > GREY) count++;
  }
  return count;
}
