// EPUB 3 packaging: XHTML chapters, stylesheet, fonts and images in, the bytes of an
// .epub out. Folio's own EJS templates (templates/epub/) write the package document,
// NCX, navigation document and chapters; zip.ts writes the container, each entry with
// the one date given, so that the same input gives the same bytes.
import { readFile } from "node:fs/promises";
import { type Direction, directionOf } from "../html/text-direction.ts";
import { assertPackageable, COVER_PAGE } from "./check-input.ts";
import { type Landmark, landmarksOf, type LandmarkType, type NavItem, navigationOf, type NavSection } from "./navigation.ts";
import { loadEpubTemplates } from "./templates.ts";
import type { EpubImage } from "./xhtml.ts";
import { zip, type ZipEntry } from "./zip.ts";

export interface EpubChapter {
  /** ASCII file name ending in .xhtml, e.g. "article.xhtml". */
  filename: string;
  /** Label in the navigation document and the NCX. */
  title: string;
  /** Body fragment as XHTML (well-formed XML, e.g. from XhtmlWriter); carries its own headings. */
  html: string;
  landmark?: "titlepage" | "bodymatter" | "backmatter";
  /** Left out of the navigation and the NCX (a title page: a landmark, not a part of the text). */
  excludeFromToc?: boolean;
  /** The chapter's headings, nested as they are, listed under it in the navigation and the NCX. */
  sections?: NavSection[];
}

export type { NavSection } from "./navigation.ts";
export type { EpubImage } from "./xhtml.ts";

export interface EpubFont {
  /** ASCII, e.g. "literata-latin-400-normal.ttf". */
  filename: string;
  /** An EPUB 3 core font type: font/ttf, font/otf, font/woff2 or font/woff. */
  mediaType: string;
  data: Uint8Array;
}

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
  /** The images the chapters show, stored as OEBPS/images/<id>.<extension> (XhtmlWriter's `images`). */
  images?: EpubImage[];
  /** Stored as OEBPS/style.css; fonts are at "fonts/<file name>" relative to it. */
  css: string;
  /** Font files, stored as OEBPS/fonts/<filename>. */
  fonts: EpubFont[];
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

/** A file of the spine as the templates see it: a chapter, or the cover page. */
interface TemplateChapter {
  filename: string;
  title: string;
  content: string;
  landmark?: LandmarkType;
  coverImage?: { href: string; alt: string };
}

/** What the package document, NCX and navigation document templates are given. */
interface TemplateData {
  title: string;
  author: string[];
  editors: string[];
  lang: string;
  /** The direction of the language's text: the XHTML's `dir`, the spine's page progression. */
  dir: Direction;
  description: string;
  identifier: string;
  modified: string;
  content: TemplateChapter[];
  fonts: { filename: string; mediaType: string }[];
  images: EpubImage[];
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

const coverImage = { href: "cover.jpg", mediaType: "image/jpeg" };

const CONTAINER_XML =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">' +
  '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

export async function packageEpub(input: EpubInput): Promise<Uint8Array> {
  assertPackageable(input);
  const modified = input.modified ?? new Date();
  const images = input.images ?? [];
  // Read while the templates render.
  const files = Promise.all(images.map((image) => readFile(image.path)));
  const templates = await loadEpubTemplates();
  const content: TemplateChapter[] = input.chapters.map((chapter) => ({
    filename: chapter.filename,
    title: chapter.title,
    content: chapter.html,
    landmark: chapter.landmark,
  }));
  if (input.cover) {
    // Left out of the toc nav and the NCX: it is a landmark, not a part of the text.
    content.unshift({ filename: COVER_PAGE, title: "Cover", content: "", landmark: "cover", coverImage: { href: coverImage.href, alt: input.cover.alt } });
  }
  const fonts = input.fonts.map(({ filename, mediaType }) => ({ filename, mediaType }));
  const data: TemplateData = {
    title: input.title,
    author: input.authors,
    editors: input.editors ?? [],
    lang: input.lang,
    dir: directionOf(input.lang),
    description: input.description,
    identifier: input.identifier,
    // EPUB 3.2 §3.4.3: CCYY-MM-DDThh:mm:ssZ, no fractions of a second.
    modified: modified.toISOString().replace(/\.\d+Z$/, "Z"),
    content,
    fonts,
    images,
    landmarks: landmarksOf(content, input.contents),
    coverImage: input.cover ? coverImage : undefined,
    certifiedBy: input.certifiedBy ?? "Folio",
    ...navigationOf(input.chapters),
    contents: input.contents,
    // After the cover and the title page: where reading starts.
    contentsAt: input.contents ? content.findIndex((c) => c.landmark !== "cover" && c.landmark !== "titlepage") : undefined,
  };
  const entries: ZipEntry[] = [
    // First and stored (OCF 3.2 §4.3).
    { name: "mimetype", data: "application/epub+zip", store: true },
    { name: "META-INF/container.xml", data: CONTAINER_XML },
    { name: "OEBPS/content.opf", data: templates.contentOPF(data) },
    { name: "OEBPS/toc.ncx", data: templates.tocNCX(data) },
    { name: "OEBPS/toc.xhtml", data: templates.tocXHTML(data) },
    { name: "OEBPS/style.css", data: input.css },
    ...content.map((chapter) => ({ name: `OEBPS/${chapter.filename}`, data: templates.chapterXHTML({ lang: input.lang, dir: data.dir, ...chapter }) })),
  ];
  const bytes = await files;
  // WOFF2 is compressed already: stored, it costs no time and, as deflate saves nothing, no bytes.
  input.fonts.forEach((font) => entries.push({ name: `OEBPS/fonts/${font.filename}`, data: font.data, store: /\.woff2?$/.test(font.filename) }));
  images.forEach((image, i) => entries.push({ name: `OEBPS/images/${image.id}.${image.extension}`, data: bytes[i] }));
  if (input.cover) entries.push({ name: `OEBPS/${coverImage.href}`, data: input.cover.jpeg });
  return zip(entries, modified);
}
