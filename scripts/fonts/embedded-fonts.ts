// The fonts a publication embeds: each face chosen (./choose.ts) cut to the
// characters it sets, as TrueType, by subset-font (HarfBuzz's hb-subset in
// WebAssembly: it reads Fontsource's WOFF2, keeps every OpenType layout feature
// the kept glyphs use, and pins a variable font's weight, which Chromium's PDF
// needs: it writes a variable font as Type 3 bitmaps-and-outlines, not a font).
// TrueType is what Kindle's publishing guidelines name and every e-reader
// reads; one set of faces serves every edition and the cover.
import { readFile } from "node:fs/promises";
import subsetFont from "subset-font";
import { chooseFaces, type FacePlan, type StyledText } from "./choose.ts";
import { sliceFile, type Style, type Weight } from "./families.ts";
import { formatUnicodeRange } from "./unicode-range.ts";

export type { StyledText } from "./choose.ts";

export interface EmbeddedFont {
  /** ASCII, unique within a publication, e.g. "literata-latin-400-normal.ttf". */
  filename: string;
  mediaType: "font/ttf" | "font/woff2";
  data: Uint8Array;
  /** The CSS family it is part of, and what it is there. */
  family: string;
  weight: Weight;
  styles: Style[];
  unicodeRange: string;
}

export async function embeddedFonts(text: StyledText, lang: string): Promise<EmbeddedFont[]> {
  const plans = await chooseFaces(text, lang);
  return Promise.all(plans.map(async (plan) => fontOf(plan, "font/ttf", await cut(plan))));
}

/**
 * The faces `text` needs as Fontsource ships them, uncut WOFF2, for a document
 * drawn once in Chromium and thrown away (the cover image): ready as soon as
 * their files are read, where cutting them would cost the first cut's
 * WebAssembly start and a decompression per face, and save nothing.
 */
export async function sourceFonts(text: StyledText, lang: string): Promise<EmbeddedFont[]> {
  const plans = await chooseFaces(text, lang);
  return Promise.all(
    plans.map(async (plan) => fontOf(plan, "font/woff2", await readSource(sourceFile(plan)))),
  );
}

function fontOf(plan: FacePlan, mediaType: EmbeddedFont["mediaType"], data: Uint8Array) {
  return {
    filename: filenameOf(plan, mediaType === "font/woff2" ? "woff2" : "ttf"),
    mediaType,
    data,
    family: plan.family,
    weight: plan.weight,
    styles: plan.styles,
    unicodeRange: formatUnicodeRange(plan.codePoints),
  };
}

/** `@font-face` rules for the fonts, each `src` given by `url`. */
export function fontFaceCss(fonts: EmbeddedFont[], url: (font: EmbeddedFont) => string): string {
  return fonts
    .flatMap((font) =>
      font.styles.map(
        (style) => `@font-face {
  font-family: "${font.family}";
  font-style: ${style};
  font-weight: ${font.weight};
  src: url("${url(font)}") format("${font.mediaType === "font/woff2" ? "woff2" : "truetype"}");
  unicode-range: ${font.unicodeRange};
}`,
      ),
    )
    .join("\n");
}

async function cut(plan: FacePlan): Promise<Uint8Array> {
  const source = await readSource(sourceFile(plan));
  const text = String.fromCodePoint(...plan.codePoints);
  const bytes = await subsetFont(source, text, {
    targetFormat: "sfnt",
    variationAxes: plan.font.variable ? { wght: plan.weight } : undefined,
  });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Fontsource's file of the face: a script font's upright face serves italic too. */
function sourceFile(plan: FacePlan): string {
  const style = plan.styles.length === 1 ? plan.styles[0] : "normal";
  return sliceFile(plan.font, plan.slice, plan.weight, style);
}

function filenameOf(plan: FacePlan, extension: string): string {
  const slice = plan.slice.replace(/^\[(\d+)\]$/, "$1");
  const style = plan.font.variable ? "" : `-${plan.styles[0]}`;
  return `${plan.font.id}-${slice}-${plan.weight}${style}.${extension}`;
}

// The source files a build cuts from: the same few serve every publication.
const sources = new Map<string, Promise<Buffer>>();

function readSource(path: string): Promise<Buffer> {
  let bytes = sources.get(path);
  if (!bytes) {
    bytes = readFile(path);
    bytes.catch(() => sources.delete(path));
    sources.set(path, bytes);
  }
  return bytes;
}
