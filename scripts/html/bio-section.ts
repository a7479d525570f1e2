// The back page: each author's bio, under "About the author(s)".
import type { Element } from "hast";
import { h } from "hastscript";
import type { Author } from "../manuscript/authors.ts";

export const BIO_ID = "about-the-author";

/** The bio section, or undefined when no author has a bio (plain names only). */
export function bioSection(authors: Author[]): Element | undefined {
  const withBio = authors.filter((a) => a.bio);
  if (withBio.length === 0) return undefined;
  const heading = withBio.length === 1 ? "About the author" : "About the authors";
  // The id is on the heading: bookmarks point at the heading with the id.
  return h("section.bio", [
    h(`h2#${BIO_ID}`, heading),
    ...withBio.map((author) =>
      h("div.author", { id: author.id ? `author-${author.id}` : undefined }, [
        withBio.length > 1 ? h("h3", author.name) : undefined,
        ...structuredClone(author.bio!.children),
      ]),
    ),
  ]);
}
