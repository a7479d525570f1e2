// EPUB 3 packaging: HTML chapters, stylesheet, fonts and a cover in, the bytes of
// an .epub out, made by epub-gen-memory (ReproducibleEPub: its EPub class, reading
// only local files and giving the same bytes for the same input). Folio's own EJS
// templates (templates/epub/) replace the library's, given through its options,
// because the built-in ones put a random UUID and "now" in the metadata and a
// contents page in the spine, and declare neither a cover page, landmarks nor
// accessibility metadata.
import type { Chapter, Options } from "epub-gen-memory";
import { type Direction, directionOf } from "../html/text-direction.ts";
import { assertPackageable, COVER_PAGE } from "./check-input.ts";
import type { EpubInput } from "./epub-input.ts";
import {
  type Landmark,
  landmarksOf,
  type LandmarkType,
  type NavItem,
  navigationOf,
} from "./navigation.ts";
import { ReproducibleEPub } from "./reproducible-epub.ts";
import { loadEpubTemplates } from "./templates.ts";

/** A file of the spine: a chapter, or the cover page. Its extra keys reach the chapter template (the library gives it only `lang` of its options). */
type SpineChapter = Chapter & {
  filename: string;
  dir: Direction;
  landmark?: LandmarkType;
  coverImage?: { href: string; alt: string };
};

/**
 * What Folio's templates need beyond the library's own data. The library spreads
 * its options into the data of the package document, NCX and navigation templates,
 * next to `content` (the chapters), `images` and `fonts` (each with its media type).
 */
interface TemplateExtras {
  /** The direction of the language's text: the XHTML's `dir`, the spine's page progression. */
  dir: Direction;
  identifier: string;
  modified: string;
  editors: string[];
  landmarks: Landmark[];
  coverImage?: { href: string; mediaType: string };
  certifiedBy: string;
  /** The navigation's entries, nested, each with its place in the NCX's play order. */
  nav: NavItem[];
  /** The NCX's dtb:depth: how deep the entries nest. */
  navDepth: number;
  contents?: { title: string };
  /** Where the navigation document stands in the spine, when it is a contents page. */
  contentsAt?: number;
}

const coverImage = { href: "cover.png", mediaType: "image/png" };

export async function packageEpub(input: EpubInput): Promise<Uint8Array> {
  assertPackageable(input);
  const modified = input.modified ?? new Date();
  const dir = directionOf(input.lang);
  const content: SpineChapter[] = input.chapters.map((chapter) => ({
    filename: chapter.filename,
    dir,
    title: chapter.title,
    content: chapter.html,
    landmark: chapter.landmark,
    excludeFromToc: chapter.excludeFromToc,
  }));
  if (input.cover) {
    // Left out of the toc nav and the NCX: it is a landmark, not a part of the text.
    // Its <img> is in the chapter template: in the content the library would take it for a file to read.
    content.unshift({
      filename: COVER_PAGE,
      dir,
      title: "Cover",
      content: "",
      landmark: "cover",
      excludeFromToc: true,
      coverImage: { href: coverImage.href, alt: input.cover.alt },
    });
  }
  const options: Options & TemplateExtras = {
    ...(await loadEpubTemplates()),
    version: 3,
    title: input.title,
    author: input.authors,
    lang: input.lang,
    dir,
    description: input.description,
    css: input.css,
    fonts: input.fonts.map((font) => ({
      filename: font.filename,
      url: `data:${font.mediaType};base64,${Buffer.from(font.data).toString("base64")}`,
    })),
    prependChapterTitles: false,
    verbose: false,
    identifier: input.identifier,
    // EPUB 3.2 §3.4.3: CCYY-MM-DDThh:mm:ssZ, no fractions of a second.
    modified: modified.toISOString().replace(/\.\d+Z$/, "Z"),
    editors: input.editors ?? [],
    landmarks: landmarksOf(content, input.contents),
    coverImage: input.cover ? coverImage : undefined,
    certifiedBy: input.certifiedBy ?? "Folio",
    ...navigationOf(input.chapters),
    contents: input.contents,
    // After the cover and the title page: where reading starts.
    contentsAt: input.contents
      ? content.findIndex((c) => c.landmark !== "cover" && c.landmark !== "titlepage")
      : undefined,
  };
  // The cover's bytes may still be drawn: everything else is parsed, rendered and zipped meanwhile.
  const png = input.cover && Promise.resolve(input.cover.png);
  png?.catch(() => {}); // read by the ZIP: if the chapters fail first, its failure is not left unhandled
  const cover = png && { ...coverImage, bytes: png };
  return new ReproducibleEPub(options, content, { date: modified, cover }).bytes();
}
