// Colour in a PDF seen two ways the handout check does not use: the pages as
// cairo draws them (pdftocairo, poppler's other renderer), and the pixels of
// the pictures themselves as stored in the file (pdfimages). The check
// renders with pdftoppm; these keep a quirk of one renderer from passing for grey.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A pixel is in colour when its channels differ by more than this (as the check counts). */
const GREY = 16;

/** How many pixels of a page drawn by cairo at 50 dpi are in colour. */
export async function cairoColouredPixels(path: string, page: number): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "folio-cairo-"));
  try {
    const file = join(dir, "page");
    const range = ["-f", String(page), "-l", String(page)];
    await run("pdftocairo", ["-tiff", "-tiffcompression", "none", "-r", "50", "-singlefile", ...range, path, file]);
    return colouredIn(rgbOfTiff(await readFile(`${file}.tif`)), 3);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Each picture stored in the PDF, in order: how many of its pixels are in
 * colour. Soft masks (a picture's transparency) are among them, grey by nature.
 */
export async function picturesColouredPixels(path: string): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), "folio-pdfimages-"));
  try {
    await run("pdfimages", [path, join(dir, "image")]);
    const counts: number[] = [];
    for (const name of (await readdir(dir)).sort()) {
      const image = await readFile(join(dir, name));
      // PPM (P6) for colour pictures, PGM (P5) for grey ones.
      const channels = image.toString("latin1", 0, 2) === "P6" ? 3 : 1;
      counts.push(channels === 3 ? colouredIn(image.subarray(pnmHeaderLength(image)), 3) : 0);
    }
    return counts;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function colouredIn(pixels: Buffer, channels: number): number {
  let count = 0;
  for (let i = 0; i + 2 < pixels.length; i += channels) {
    const [r, g, b] = [pixels[i], pixels[i + 1], pixels[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > GREY) count++;
  }
  return count;
}

/** The pixels of an uncompressed 8-bit RGB TIFF as cairo writes it: its strips, in order. */
function rgbOfTiff(tiff: Buffer): Buffer {
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  const tags = new Map<number, number[]>();
  for (let i = 0; i < u16(ifd); i++) {
    const entry = ifd + 2 + 12 * i;
    const [tag, type, count] = [u16(entry), u16(entry + 2), u32(entry + 4)];
    const size = type === 3 ? 2 : 4; // SHORT or LONG
    const at = count * size <= 4 ? entry + 8 : u32(entry + 8);
    tags.set(tag, Array.from({ length: count }, (_, k) => (size === 2 ? u16(at + 2 * k) : u32(at + 4 * k))));
  }
  if (tags.get(277)?.[0] !== 3 || tags.get(259)?.[0] !== 1) throw new Error("not an uncompressed RGB TIFF");
  const offsets = tags.get(273)!; // StripOffsets
  const lengths = tags.get(279)!; // StripByteCounts
  return Buffer.concat(offsets.map((offset, i) => tiff.subarray(offset, offset + lengths[i])));
}

/** Where a binary PPM's pixels start: after "P6", width, height and maximum, each followed by white space. */
function pnmHeaderLength(image: Buffer): number {
  const header = image.subarray(0, 64).toString("latin1");
  return /^P[56]\s+\d+\s+\d+\s+\d+\s/.exec(header)![0].length;
}
