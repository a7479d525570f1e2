// The whole HTML document a print edition hands to Paged.js: metadata in the
// head, the stylesheet inline (Paged.js reads inline styles without fetching
// anything), the article with its title block, and the bio on its own page.
import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Publication } from "../model.ts";
import { bioSection } from "./bio-section.ts";
import { directionOf } from "./text-direction.ts";
import { listOfNames, titleBlock } from "./title-block.ts";

export function printDocument(
  publication: Publication,
  body: Root,
  css: string,
  edition: string,
): string {
  const { meta, authors } = publication;
  return printShell(publication, css, `body.${edition}`, [
    h("article", [titleBlock(meta, authors), ...body.children]),
    bioSection(authors),
  ]);
}

/** The document around a publication's parts: `body` is the body's selector, with its classes. */
export function printShell(
  publication: Publication,
  css: string,
  body: string,
  parts: (ElementContent | undefined)[],
): string {
  const { meta, authors } = publication;
  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      // Right to left for Arabic or Hebrew: the text, the running heads, the notes.
      h("html", { lang: meta.lang, dir: directionOf(meta.lang) }, [
        h("head", [
          h("meta", { charset: "utf-8" }),
          h("title", meta.title),
          h("meta", { name: "author", content: listOfNames(authors.map((a) => a.name)) }),
          meta.description
            ? h("meta", { name: "description", content: meta.description })
            : undefined,
          h("style", css),
        ]),
        h(body, parts),
      ]),
    ],
  };
  return toHtml(tree);
}
