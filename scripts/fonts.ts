// The fonts every edition embeds, so that no output depends on the fonts of
// the machine that built it: Literata (SIL Open Font License, designed for
// reading books on screens) and Source Code Pro, from Fontsource's npm packages.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface FontFile {
  family: string;
  weight: 400 | 700;
  style: "normal" | "italic";
  subset: keyof typeof SUBSETS;
  path: string;
}

// Unicode ranges of Fontsource's subsets (the same in each of its packages):
// the browser loads a subset only when the text uses one of its characters.
const SUBSETS = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
};

/** Where a Fontsource package keeps its font files. */
function filesOf(fontsourcePackage: string): string {
  return join(dirname(fileURLToPath(import.meta.resolve(`${fontsourcePackage}/index.css`))), "files");
}

// Literata for text; Source Code Pro (also SIL OFL) for code, in upright only.
const FAMILIES = [
  { family: "Literata", files: filesOf("@fontsource/literata"), prefix: "literata", weights: [400, 700], styles: ["normal", "italic"] },
  { family: "Source Code Pro", files: filesOf("@fontsource/source-code-pro"), prefix: "source-code-pro", weights: [400], styles: ["normal"] },
] as const;

export const FONT_FILES: FontFile[] = FAMILIES.flatMap((family) =>
  (["latin", "latin-ext"] as const).flatMap((subset) =>
    family.weights.flatMap((weight) =>
      family.styles.map((style) => ({
        family: family.family,
        weight,
        style,
        subset,
        path: join(family.files, `${family.prefix}-${subset}-${weight}-${style}.woff2`),
      })),
    ),
  ),
);

/** `@font-face` rules for every font file, each `src` given by `url`. */
export function fontFaceCss(url: (font: FontFile) => string): string {
  return FONT_FILES.map(
    (font) => `@font-face {
  font-family: "${font.family}";
  font-style: ${font.style};
  font-weight: ${font.weight};
  src: url("${url(font)}") format("woff2");
  unicode-range: ${SUBSETS[font.subset]};
}`,
  ).join("\n");
}
