// A book's title page: its title, subtitle, authors or editors, and date.
import type { Element } from "hast";
import { h } from "hastscript";
import type { Publication } from "../model.ts";
import { TITLE_ID } from "./title-id.ts";
import { listOfNames } from "./title-block.ts";

export function titlePage(publication: Publication): Element {
  const { meta, book } = publication;
  const names = (people: { name: string }[]) => listOfNames(people.map((p) => p.name));
  return h("section.title-page", [
    h("h1", { id: TITLE_ID }, meta.title),
    book?.subtitle ? h("p.subtitle", book.subtitle) : undefined,
    book && book.authors.length > 0 ? h("p.byline", names(book.authors)) : undefined,
    book && book.editors.length > 0
      ? h("p.editors", `Edited by ${names(book.editors)}`)
      : undefined,
    meta.date ? h("p.date", meta.date) : undefined,
  ]);
}
