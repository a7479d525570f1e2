// The block that opens a publication: its kind (an "OpEd" label), title and byline.
import type { Element } from "hast";
import { h } from "hastscript";
import type { Author, FrontMatter } from "../model.ts";

export function titleBlock(meta: FrontMatter, authors: Author[]): Element {
  // The title comes first in the source: e-reader importers (Calibre, and so
  // Send to Kindle) start a page at each h1, which would strand a label put
  // before it. Print shows the label above the title with CSS.
  return h("header.title-block", [
    h("h1#publication-title", meta.title),
    meta.kind ? h("p.kind", meta.kind) : undefined,
    authors.length > 0 ? h("p.byline", listOfNames(authors.map((a) => a.name))) : undefined,
  ]);
}

/** "A", "A and B", "A, B and C". */
export function listOfNames(names: string[]): string {
  if (names.length < 2) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
