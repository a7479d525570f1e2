// A PDF read back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm),
// as a reader's viewer or printer would see it. Used by the PDF checkers and
// by the tests.
import { runTool, runToolBinary } from "./exec.ts";

/** The text of one page (1-based), or of the whole PDF, laid out as on the page. */
export async function pdfText(path: string, page?: number): Promise<string> {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return (await runTool("pdftotext", ["-layout", ...range, path, "-"])).stdout;
}

/** pdfinfo's `Key: value` lines as an object. */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await runTool("pdfinfo", [path]);
  return Object.fromEntries(stdout.split("\n").filter(Boolean).map((line) => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  }));
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** One row per font (of one page, or of the whole PDF): its name, type and whether it is embedded. */
export async function pdfFonts(path: string, page?: number): Promise<PdfFont[]> {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  const lines = (await runTool("pdffonts", [...range, path])).stdout.split("\n");
  // Read from the right: a name longer than its column (Fontsource's
  // `SourceCodeProExtraLight-Regular`) pushes the other columns along, and a type holds spaces.
  const row = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/;
  return lines.slice(2).flatMap((line) => {
    const cells = row.exec(line);
    return cells ? [{ name: cells[1], type: cells[2], embedded: cells[4] === "yes" }] : [];
  });
}

export interface PdfWord {
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  text: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  /** In points from the top left, in reading order. */
  words: PdfWord[];
}

/** Every page with its size and words (pdftotext -bbox), in one run over the file. */
export async function pdfPages(path: string, range?: { first: number; last: number }): Promise<PdfPage[]> {
  const pages = range ? ["-f", String(range.first), "-l", String(range.last)] : [];
  // The crop box: what a viewer shows and a printer prints.
  const { stdout } = await runTool("pdftotext", ["-bbox", "-cropbox", ...pages, path, "-"]);
  const first = range?.first ?? 1;
  return stdout.split("<page ").slice(1).map((chunk, i) => {
    const size = /^width="([\d.]+)" height="([\d.]+)"/.exec(chunk);
    const words = [...chunk.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: unescapeXml(m[5]) }),
    );
    return { number: first + i, width: size ? +size[1] : 0, height: size ? +size[2] : 0, words };
  });
}

/** Each word on one page with its box, in points from the top left. */
export async function pdfWords(path: string, page: number) {
  const [{ width, height, words }] = await pdfPages(path, { first: page, last: page });
  return { width, height, words };
}

/** How many pixels of a page, rendered at 50 dpi, are not a shade of grey. */
export async function colouredPixels(path: string, page: number): Promise<number> {
  const image = await runToolBinary("pdftoppm", ["-r", "50", "-f", String(page), "-l", String(page), path]);
  const start = pixelStart(image);
  let count = 0;
  for (let i = start; i + 2 < image.length; i += 3) {
    const [r, g, b] = [image[i], image[i + 1], image[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 16) count++;
  }
  return count;
}

/** How many pixels of a page, rendered in grey at 20 dpi, show anything at all: 0 on a blank page. */
export async function inkedPixels(path: string, page: number): Promise<number> {
  const image = await runToolBinary("pdftoppm", ["-gray", "-r", "20", "-f", String(page), "-l", String(page), path]);
  let count = 0;
  for (let i = pixelStart(image); i < image.length; i++) if (image[i] < 245) count++;
  return count;
}

/** Where the pixels of a binary PPM or PGM (P6, P5) start: after a text header of four fields. */
function pixelStart(image: Buffer): number {
  const header = image.subarray(0, 64).toString("latin1").split(/\s+/, 4);
  return header.join(" ").length + 1;
}

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[name]!);
}
