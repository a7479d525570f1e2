// The fonts every edition embeds, so that no output depends on the fonts of
// the machine that built it: Literata (SIL Open Font License, designed for
// reading books on screens), from the @fontsource/literata npm package.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface FontFile {
  family: string;
  weight: 400 | 700;
  style: "normal" | "italic";
  subset: keyof typeof SUBSETS;
  path: string;
}

// Unicode ranges of Fontsource's subsets (from @fontsource/literata/400.css):
// the browser loads a subset only when the text uses one of its characters.
const SUBSETS = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
};

const literata = join(dirname(fileURLToPath(import.meta.resolve("@fontsource/literata/400.css"))), "files");

export const FONT_FILES: FontFile[] = (["latin", "latin-ext"] as const).flatMap((subset) =>
  ([400, 700] as const).flatMap((weight) =>
    (["normal", "italic"] as const).map((style) => ({
      family: "Literata",
      weight,
      style,
      subset,
      path: join(literata, `literata-${subset}-${weight}-${style}.woff2`),
    })),
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
