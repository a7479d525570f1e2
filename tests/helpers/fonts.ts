// Literata for documents the tests write themselves: its four faces, cut to
// ASCII, Latin-1 and Latin Extended-A and the typographic marks, as the
// editions embed them.
import { embeddedFonts } from "../../scripts/fonts/embedded-fonts.ts";
import { dataUrl, fontFaceCss } from "../../scripts/fonts/publication-fonts.ts";

const range = (first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => String.fromCharCode(first + i)).join("");
const text = `${range(0x20, 0x7e) + range(0xa0, 0x17f)}‐‑–—‘’‚“”„•…‹›⁂`;

export const latinFonts = await embeddedFonts(
  { regular: text, italic: text, bold: text, boldItalic: text, code: "" },
  "en",
);

/** Their `@font-face` rules, the fonts inline. */
export const latinFontCss = fontFaceCss(latinFonts, dataUrl);
