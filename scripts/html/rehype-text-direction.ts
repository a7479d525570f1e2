// A block whose text runs the other way from the document's (an Arabic quotation
// in an English essay, an English one in an Arabic essay, code in either) gets
// its own `dir`, so that it is aligned, ordered and punctuated as its language
// needs in every edition. An explicit `dir` rather than `dir="auto"`: older
// e-readers (Adobe's engine, Kindle's conversion) do not read `auto`. A block
// that runs the document's way needs nothing: it inherits the document's `dir`.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { hastText } from "./hast-text.ts";
import { type Direction, directionOf, directionOfText } from "./text-direction.ts";

export interface Options {
  /** The document's language (its `lang`), which gives the direction blocks are compared with. */
  lang?: string;
}

const BLOCKS = new Set([
  "p",
  "li",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "td",
  "th",
  "caption",
  "figcaption",
  "dt",
  "dd",
]);

const rehypeTextDirection: Plugin<[Options?], Root> = function (options = {}) {
  return (tree) => mark(tree, directionOf(options.lang ?? "en"));
};

/** `inherited`: the direction the parent's text runs. */
function mark(parent: Root | Element, inherited: Direction): void {
  for (const node of parent.children) {
    if (node.type !== "element") continue;
    let direction = inherited;
    const given = node.properties.dir;
    if (given === "ltr" || given === "rtl") direction = given;
    else if (BLOCKS.has(node.tagName) && given === undefined) {
      direction = directionOfText(hastText(node)) ?? inherited;
      if (direction !== inherited) node.properties.dir = direction;
    }
    mark(node, direction);
  }
}

export default rehypeTextDirection;
