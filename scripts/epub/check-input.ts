// What packageEpub() refuses: names that would break a link, a reader or EPUBCheck.
import { extname } from "node:path";
import type { EpubInput } from "./epub-input.ts";

/** The cover page packageEpub() writes when given a cover. */
export const COVER_PAGE = "cover.xhtml";

// Plain ASCII names (Send to Kindle wants them, and they go unescaped into links
// and the manifest); toc.xhtml is the navigation document.
const chapterFilename = /^[A-Za-z0-9._-]+\.xhtml$/;
const reservedFilenames = new Set(["toc.xhtml", COVER_PAGE]);
// Font names likewise, as the stylesheet refers to them by name, each with the
// extension of its type, one of EPUB 3.2's core font types (the library gives the
// manifest the type the extension says).
const fontFilename = /^[A-Za-z0-9._-]+$/;
const FONT_TYPES: Record<string, string> = {
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".otf": "font/otf",
};

export function assertPackageable(input: EpubInput): void {
  if (input.chapters.length === 0) throw new Error("An EPUB needs at least one chapter");
  if (input.description.trim() === "") {
    throw new Error("An EPUB needs a description: an empty dc:description fails EPUBCheck");
  }
  const chapterNames = input.chapters.map((chapter) => chapter.filename);
  for (const name of chapterNames) {
    if (!chapterFilename.test(name) || reservedFilenames.has(name)) {
      throw new Error(
        `Chapter file name \`${name}\` must match ${chapterFilename} and not be one of ${[...reservedFilenames].join(", ")}`,
      );
    }
  }
  assertUnique("chapter file name", chapterNames);
  const fontNames = input.fonts.map((font) => font.filename);
  for (const { filename, mediaType } of input.fonts) {
    if (!fontFilename.test(filename) || FONT_TYPES[extname(filename)] !== mediaType) {
      throw new Error(
        `Font file name \`${filename}\` must match ${fontFilename} and end in .ttf, .otf, .woff or .woff2 as its type says (${mediaType})`,
      );
    }
  }
  assertUnique("font file name", fontNames);
}

function assertUnique(what: string, names: string[]): void {
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`Duplicate ${what} \`${duplicate}\``);
}
