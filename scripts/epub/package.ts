// EPUB 3 packaging: XHTML chapters, stylesheet and fonts in, the bytes of an .epub out.
// epub-gen-memory builds the zip; Folio's own EJS templates (templates/epub/) write the
// package document, NCX, navigation document and chapters, because the built-in ones
// put a random UUID and "now" in the metadata and a contents page in the spine, and
// declare neither a cover page nor accessibility metadata.
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import type { Chapter, Options } from "epub-gen-memory";
import { assertPackageable, COVER_PAGE } from "./check-input.ts";
import { type CoverFile, ReproducibleEPub } from "./reproducible-epub.ts";
import { type Landmark, landmarksOf, type LandmarkType, type NavItem, navigationOf, type NavSection } from "./navigation.ts";
import { loadEpubTemplates } from "./templates.ts";

export interface EpubChapter {
  /** ASCII file name ending in .xhtml, e.g. "article.xhtml". */
  filename: string;
  /** Label in the navigation document and the NCX. */
  title: string;
  /** Body fragment as HTML; carries its own headings. */
  html: string;
  landmark?: "titlepage" | "bodymatter" | "backmatter";
  /** Left out of the navigation and the NCX (a title page: a landmark, not a part of the text). */
  excludeFromToc?: boolean;
  /** The chapter's headings, nested as they are, listed under it in the navigation and the NCX. */
  sections?: NavSection[];
}

export type { NavSection } from "./navigation.ts";

export interface EpubCover {
  /** A JPEG, e.g. from renderCover(). */
  jpeg: Uint8Array;
  /** Its text alternative: what the image says (the title and author). */
  alt: string;
}

export interface EpubInput {
  title: string;
  authors: string[];
  /** BCP 47 tag, e.g. "en". */
  lang: string;
  /** Must not be empty: an empty dc:description fails EPUBCheck. */
  description: string;
  /** Stable per publication, e.g. "urn:uuid:…"; becomes dc:identifier and dtb:uid. */
  identifier: string;
  /** dcterms:modified and the date of every zip entry; defaults to now. */
  modified?: Date;
  chapters: EpubChapter[];
  /** Stored as OEBPS/style.css; fonts are at "fonts/<file name>" relative to it. */
  css: string;
  /** Absolute paths of font files, stored as OEBPS/fonts/<file name>. */
  fonts: string[];
  /** Becomes cover.jpg, with a cover page first in the spine. */
  cover?: EpubCover;
  /** a11y:certifiedBy, who stands behind the accessibility claim; defaults to "Folio". */
  certifiedBy?: string;
  /** A collection's editors: dc:creator with the role `edt`, after the authors. */
  editors?: string[];
  /**
   * The navigation document as a contents page in the reading order, under
   * this heading, after the cover and title page: a book's table of contents.
   */
  contents?: { title: string };
}


// Keys beyond epub-gen-memory's own options: it validates options with a partial shape
// and spreads all of them into the template data, so these reach the templates.
interface TemplateData {
  identifier: string;
  modified: string;
  landmarks: Landmark[];
  coverImage?: { href: string; mediaType: string };
  certifiedBy: string;
  editors: string[];
  /** The navigation's entries, nested, each with its place in the NCX's play order. */
  nav: NavItem[];
  /** The NCX's dtb:depth: how deep the entries nest. */
  navDepth: number;
  contents?: { title: string };
  /** Where the navigation document stands in the spine, when it is a contents page. */
  contentsAt?: number;
}


// Extra keys on a chapter are spread into the chapter template's data too.
type TemplateChapter = Chapter & { landmark?: LandmarkType; coverImage?: { href: string; alt: string } };

const coverImage = { href: "cover.jpg", mediaType: "image/jpeg" };

export async function packageEpub(input: EpubInput): Promise<Uint8Array> {
  assertPackageable(input);
  const modified = input.modified ?? new Date();
  const templates = await loadEpubTemplates();
  // `landmark` and `coverImage` ride along like the extra options: chapters are spread
  // into the chapter template's data, which puts the landmark on <body epub:type>.
  const content: TemplateChapter[] = input.chapters.map((chapter) => ({
    filename: chapter.filename,
    title: chapter.title,
    content: chapter.html,
    landmark: chapter.landmark,
    excludeFromToc: chapter.excludeFromToc,
  }));
  if (input.cover) {
    // Left out of the toc nav and the NCX: it is a landmark, not a part of the text.
    content.unshift({
      filename: COVER_PAGE,
      title: "Cover",
      content: "",
      landmark: "cover",
      excludeFromToc: true,
      coverImage: { href: coverImage.href, alt: input.cover.alt },
    });
  }
  const options: Options & TemplateData = {
    ...templates,
    version: 3,
    title: input.title,
    author: input.authors,
    lang: input.lang,
    description: input.description,
    css: input.css,
    fonts: input.fonts.map((path) => ({ filename: basename(path), url: pathToFileURL(path).href })),
    prependChapterTitles: false,
    // A missing font or image must fail the build, not leave an empty file behind.
    ignoreFailedDownloads: false,
    verbose: false,
    identifier: input.identifier,
    // EPUB 3.2 §3.4.3: CCYY-MM-DDThh:mm:ssZ, no fractions of a second.
    modified: modified.toISOString().replace(/\.\d+Z$/, "Z"),
    landmarks: landmarksOf(content, input.contents),
    coverImage: input.cover ? coverImage : undefined,
    certifiedBy: input.certifiedBy ?? "Folio",
    editors: input.editors ?? [],
    ...navigationOf(input.chapters),
    contents: input.contents,
    // After the cover and the title page: where reading starts.
    contentsAt: input.contents ? content.findIndex((c) => c.landmark !== "cover" && c.landmark !== "titlepage") : undefined,
  };
  const cover: CoverFile | undefined = input.cover && { href: coverImage.href, bytes: input.cover.jpeg };
  return new ReproducibleEPub(options, content, cover).generateReproducible(modified);
}
