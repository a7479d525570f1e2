// The back page: each author's bio, under "About the author(s)".
import type { Element } from "hast";
import { h } from "hastscript";
import type { Author } from "../model.ts";

export const BIO_ID = "about-the-author";

export interface BioOptions {
  /**
   * A book's back pages: the heading is an `<h1>`, a chapter's peer in the
   * outline and the navigation, and each author's name an `<h2>` under it.
   */
  book?: boolean;
}

/** The bio section, or undefined when no author has a bio (plain names only). */
export function bioSection(authors: Author[], options: BioOptions = {}): Element | undefined {
  const withBio = authors.filter((a) => a.bio);
  if (withBio.length === 0) return undefined;
  const heading = withBio.length === 1 ? "About the author" : "About the authors";
  const id = (author: Author) => (author.id ? `author-${author.id}` : undefined);
  // The id is on the heading: bookmarks point at the heading with the id.
  if (options.book) {
    return h("section.bio", [
      h(`h1#${BIO_ID}`, heading),
      ...withBio.map((author) =>
        h("div.author", [
          h("h2", { id: id(author) }, author.name),
          ...structuredClone(author.bio!.children),
        ]),
      ),
    ]);
  }
  return h("section.bio", [
    h(`h2#${BIO_ID}`, heading),
    ...withBio.map((author) =>
      h("div.author", { id: id(author) }, [
        withBio.length > 1 ? h("h3", author.name) : undefined,
        ...structuredClone(author.bio!.children),
      ]),
    ),
  ]);
}
