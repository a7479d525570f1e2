// What packageEpub() (package.ts) takes: the chapters as HTML with their
// headings for the navigation, the fonts, the cover and the metadata. Types
// only, in a file of their own, so that the input's checks and the navigation,
// which package.ts imports, need not import package.ts back.

export interface NavSection {
  title: string;
  /** The heading's id in the chapter's file. */
  id: string;
  children: NavSection[];
}

export interface EpubChapter {
  /** ASCII file name ending in .xhtml, e.g. "article.xhtml". */
  filename: string;
  /** Label in the navigation document and the NCX. */
  title: string;
  /**
   * Body fragment as HTML (the library parses it and writes it as XHTML, keeping
   * only the attributes it allows); carries its own headings. Images are `file:` URLs.
   */
  html: string;
  landmark?: "titlepage" | "bodymatter" | "backmatter";
  /** Left out of the navigation and the NCX (a title page: a landmark, not a part of the text). */
  excludeFromToc?: boolean;
  /** The chapter's headings, nested as they are, listed under it in the navigation and the NCX. */
  sections?: NavSection[];
}

/** A font file to embed, as bytes: stored as OEBPS/fonts/<filename>. */
export interface EpubFont {
  /** ASCII, with the extension of its type, e.g. "literata-latin-400-normal.ttf". */
  filename: string;
  /** One of EPUB 3's core font types: font/ttf, font/otf, font/woff, font/woff2. */
  mediaType: string;
  data: Uint8Array;
}

export interface EpubCover {
  /** A PNG, e.g. from renderCover(); while it is drawn, the chapters are packaged. */
  png: Uint8Array | Promise<Uint8Array>;
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
  fonts: EpubFont[];
  /** Becomes cover.png, with a cover page first in the spine. */
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
