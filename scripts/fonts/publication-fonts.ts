// A publication's fonts, made once however many editions and covers use them:
// the PDFs and the cover as data: URLs, the EPUB as files.
import type { Publication } from "../model.ts";
import { type EmbeddedFont, embeddedFonts } from "./embedded-fonts.ts";
import { publicationText } from "./publication-text.ts";

export { type EmbeddedFont, fontFaceCss } from "./embedded-fonts.ts";

const made = new WeakMap<Publication, Promise<EmbeddedFont[]>>();

export function publicationFonts(publication: Publication): Promise<EmbeddedFont[]> {
  let fonts = made.get(publication);
  if (!fonts) {
    fonts = embeddedFonts(publicationText(publication), publication.meta.lang);
    made.set(publication, fonts);
  }
  return fonts;
}

/** A font as a data: URL, for a document that must fetch nothing. */
export function dataUrl(font: EmbeddedFont): string {
  return `data:${font.mediaType};base64,${Buffer.from(font.data.buffer, font.data.byteOffset, font.data.byteLength).toString("base64")}`;
}
