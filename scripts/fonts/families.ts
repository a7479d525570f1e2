// The fonts Folio ships, so that no edition depends on the fonts of the machine
// that built it, all from Fontsource's npm packages (SIL Open Font License):
// Literata for the text (designed for reading on screens; Latin, Greek and
// Cyrillic), Source Code Pro for code, and for the world's other major scripts
// the serif Noto design that sits best with Literata, and Noto Emoji. Fontsource cuts each font
// into files by Unicode range (its `unicode.json`); the Noto fonts come as
// variable fonts, a tenth of the install size of their static weights, and are
// instanced at the weights Folio sets (./subset.ts).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { type CodePointRanges, parseUnicodeRange } from "./unicode-range.ts";

export type Style = "normal" | "italic";
export type Weight = 400 | 700;

/** One of a font's files: the characters in `ranges`. */
export interface Slice {
  name: string;
  ranges: CodePointRanges;
}

export interface FontSource {
  /** The font's own name, and its files' prefix in the package. */
  name: string;
  id: string;
  package: string;
  /** A variable font, with a `wght` axis: one file serves every weight. */
  variable: boolean;
  /** The language tags (and their subtags) it is chosen first for. */
  langs: string[];
  /** Its slices Folio uses: Literata's all, a Noto font's only those of its own script. */
  slices: (name: string) => boolean;
}

// A Noto font's Latin, Greek and Cyrillic slices, and Arabic's mathematical and
// symbol ones, are left to Literata: the text keeps one design for them.
const notScript = new Set([
  "latin",
  "latin-ext",
  "cyrillic",
  "cyrillic-ext",
  "greek",
  "greek-ext",
  "vietnamese",
  "math",
  "symbols",
]);
const ownScript = (name: string) => !notScript.has(name);

export const TEXT: FontSource = {
  name: "Literata",
  id: "literata",
  package: "@fontsource/literata",
  variable: false,
  langs: [],
  slices: () => true,
};
export const CODE: FontSource = {
  name: "Source Code Pro",
  id: "source-code-pro",
  package: "@fontsource/source-code-pro",
  variable: false,
  langs: [],
  slices: () => true,
};

const noto = (name: string, langs: string[]): FontSource => {
  const id = name.toLowerCase().replaceAll(" ", "-");
  return {
    name,
    id,
    package: `@fontsource-variable/${id}`,
    variable: true,
    langs,
    slices: ownScript,
  };
};

/**
 * The script fonts, in the order they are tried for a character no font before
 * them has (./choose.ts puts those of the publication's language first). Han
 * characters are in all four CJK fonts, each drawn as its region writes them:
 * Simplified Chinese comes first, as text with Han and no kana or Hangul is most
 * likely Chinese.
 */
export const SCRIPTS: FontSource[] = [
  noto("Noto Serif SC", ["zh", "zh-Hans", "zh-CN", "zh-SG"]),
  noto("Noto Serif TC", ["zh-Hant", "zh-TW", "zh-HK", "zh-MO"]),
  noto("Noto Serif JP", ["ja"]),
  noto("Noto Serif KR", ["ko"]),
  noto("Noto Naskh Arabic", ["ar", "fa", "ur", "ps", "sd", "ug", "ckb"]),
  noto("Noto Serif Hebrew", ["he", "yi"]),
  noto("Noto Serif Devanagari", ["hi", "mr", "ne", "sa", "mai", "kok"]),
  noto("Noto Serif Thai", ["th"]),
];

/**
 * Emoji and pictographs (🍄 in an address, ✅ in a list), in Noto's monochrome
 * design, which prints in black like the text: with no font for them they
 * printed as nothing, and a reader's search and copy lost them. Tried first
 * for an emoji (./choose.ts), as the CJK fonts' slices list emoji ranges they
 * have no glyphs for.
 */
export const EMOJI: FontSource = noto("Noto Emoji", []);

/** The file of a slice at a weight and style (a variable font has one for every weight). */
export function sliceFile(font: FontSource, slice: string, weight: Weight, style: Style): string {
  const name = font.variable
    ? `${font.id}-${slice.replace(/^\[(\d+)\]$/, "$1")}-wght-normal.woff2`
    : `${font.id}-${slice}-${weight}-${style}.woff2`;
  return fileURLToPath(import.meta.resolve(`${font.package}/files/${name}`));
}

const slicesOf = new Map<FontSource, Promise<Slice[]>>();

/** The slices of a font that Folio uses, as its package lists them. */
export function fontSlices(font: FontSource): Promise<Slice[]> {
  let slices = slicesOf.get(font);
  if (!slices) {
    slices = readFile(
      fileURLToPath(import.meta.resolve(`${font.package}/unicode.json`)),
      "utf8",
    ).then((json) =>
      Object.entries(JSON.parse(json) as Record<string, string>)
        .filter(([name]) => font.slices(name))
        .map(([name, range]) => ({ name, ranges: parseUnicodeRange(range) })),
    );
    slicesOf.set(font, slices);
  }
  return slices;
}
