// What Folio's layers share: the publication as the loader makes it and every
// edition reads it, its chapters, authors and front matter, and the names of
// the editions. Types only, with no import of Folio's own: every folder may
// import it, and it imports none of them, so no layer needs another's types.
import type { Root } from "hast";
import type { VFile } from "vfile";

export type PrintEdition = "pdf" | "handout";
export type Edition = PrintEdition | "epub";

export interface Publication {
  /** The name of its editions' files. */
  slug: string;
  /** The manuscript, or the book's book.yaml; its messages are the build's warnings and errors. */
  file: VFile;
  /** An article's front matter; a book's book.yaml read into the same shape. */
  meta: FrontMatter;
  /** Whom the metadata credits: an article's authors; a book's authors, else its editors. */
  authors: Author[];
  /** Everyone on the back pages, in order of first appearance, each once. */
  contributors: Author[];
  /** An article is one chapter, made as it always was: its title block, its text, its bio. */
  chapters: Chapter[];
  /** Present when the publication is a book: a folder of chapters. */
  book?: Book;
  /**
   * The folders whose listing the load read (where authors were looked for; a
   * book's own, whose Markdown files may be its chapters): a file added there
   * may change the publication.
   */
  folders: string[];
}

export interface Book {
  subtitle?: string;
  authors: Author[];
  editors: Author[];
  /** `right`: in the handout, each chapter opens on a right-hand page. */
  chaptersStart: "any" | "right";
}

export interface Chapter {
  /** The chapter's Markdown; its messages are the build's warnings and errors. */
  file: VFile;
  /** Its id in the book: its heading's id, the name of its EPUB file. */
  id: string;
  title: string;
  /** A label such as "OpEd", shown above the title. */
  kind?: string;
  /** Its language, where it is not the book's. */
  lang?: string;
  /** Its byline: in a collection, each article's own authors. */
  authors: Author[];
  /** The chapter's text as hast, with GFM footnotes; every id scoped to the chapter. */
  body: Root;
}

export interface Author {
  id?: string;
  name: string;
  /** The bio as hast, absent for a plain name. */
  bio?: Root;
  /** The author file, whose messages are reported with the manuscript's. */
  file?: VFile;
}

export interface CommonMeta {
  lang: string;
  description?: string;
  keywords: string[];
  paper: "a4" | "letter";
  /** An ISBN or URN; otherwise one is derived from the slug. */
  identifier?: string;
  date?: string;
}

export interface FrontMatter extends CommonMeta {
  title: string;
  /** A label such as "OpEd", shown above the title. */
  kind?: string;
  /** Author ids (files in authors/) or plain names. */
  author: string[];
  /** The canonical address of the original, for an imported article. */
  source?: string;
}

/**
 * The keys as given: the title is optional (the first `#` heading or the file
 * name gives it, see manuscript/title.ts); a chapter has no language unless it says one
 * (the book's applies).
 */
export type GivenFrontMatter = Omit<FrontMatter, "title" | "lang"> & {
  title?: string;
  lang?: string;
};
