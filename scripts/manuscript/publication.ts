// What the editions are made from: a publication, an article or a book, as
// chapters of hast with their titles and authors, and the book's own parts.
import type { VFile } from "vfile";
import type { Author } from "./authors.ts";
import type { FrontMatter } from "./front-matter.ts";
import type { Chapter } from "./load-chapter.ts";

export type { Chapter } from "./load-chapter.ts";

/** The id of a publication's title: an article's one chapter, a book's title page. */
export const TITLE_ID = "publication-title";

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
}

export interface Book {
  subtitle?: string;
  authors: Author[];
  editors: Author[];
  /** `right`: in the handout, each chapter opens on a right-hand page. */
  chaptersStart: "any" | "right";
}

/** Each author once, in the order given: an author id or a plain name is one person. */
export function uniqueAuthors(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((author) => {
    const key = author.id ?? author.name;
    return !seen.has(key) && seen.add(key);
  });
}
