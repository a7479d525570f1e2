// The block that opens a book's chapter: its title (the chapter's `<h1>`, whose
// id is the chapter's), its kind, and in a collection its own byline.
import type { Element } from "hast";
import { h } from "hastscript";
import type { Chapter } from "../model.ts";
import { listOfNames } from "./title-block.ts";

export function chapterHead(chapter: Chapter): Element {
  // As in an article's title block: the title first in the source, the label shown above it by CSS.
  return h("header.chapter-head", [
    h("h1", { id: chapter.id }, chapter.title),
    chapter.kind ? h("p.kind", chapter.kind) : undefined,
    chapter.authors.length > 0
      ? h("p.byline", listOfNames(chapter.authors.map((a) => a.name)))
      : undefined,
  ]);
}
