// What packageEpub() refuses: names that would break a link, a reader or EPUBCheck.
import type { EpubInput } from "./package.ts";

/** The cover page packageEpub() writes when given a cover. */
export const COVER_PAGE = "cover.xhtml";

// Plain ASCII names (Send to Kindle wants them, and they go unescaped into links
// and the manifest); toc.xhtml is the navigation document.
const chapterFilename = /^[A-Za-z0-9._-]+\.xhtml$/;
const reservedFilenames = new Set(["toc.xhtml", COVER_PAGE]);
// Font names likewise, as the stylesheet refers to them by name; the media type comes
// from the extension, and these are EPUB 3.2's core font types.
const fontFilename = /^[A-Za-z0-9._-]+\.(woff2|woff|ttf|otf)$/;

export function assertPackageable(input: EpubInput): void {
  if (input.chapters.length === 0) throw new Error("An EPUB needs at least one chapter");
  if (input.description.trim() === "") {
    throw new Error("An EPUB needs a description: an empty dc:description fails EPUBCheck");
  }
  const chapterNames = input.chapters.map((chapter) => chapter.filename);
  for (const name of chapterNames) {
    if (!chapterFilename.test(name) || reservedFilenames.has(name)) {
      throw new Error(`Chapter file name \`${name}\` must match ${chapterFilename} and not be one of ${[...reservedFilenames].join(", ")}`);
    }
  }
  assertUnique("chapter file name", chapterNames);
  const fontNames = input.fonts.map((font) => font.filename);
  for (const name of fontNames) {
    if (!fontFilename.test(name)) throw new Error(`Font file name \`${name}\` must match ${fontFilename}`);
  }
  assertUnique("font file name", fontNames);
}

function assertUnique(what: string, names: string[]): void {
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`Duplicate ${what} \`${duplicate}\``);
}
