// A manuscript's title, printed once. Without a title in the front matter,
// the text's first heading, if it is a `# Heading`, is the title: it is taken
// out of the text, and its text and id go to `file.data.titleHeading` (the
// title block or the chapter's head prints it). With one, a first `#` heading
// that says the same is taken out all the same: it would print the title twice.
// Links to the heading follow the title where it is printed (`options.id`).
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { EXIT, visit } from "unist-util-visit";
import { hastText } from "./hast-text.ts";

declare module "vfile" {
  interface DataMap {
    /** The heading the title was taken from: its text, and its id (which links may name). */
    titleHeading: { text: string; id?: string };
  }
}

export interface Options {
  /** The front matter's title, if it gives one. */
  title?: string;
  /** The id of the title where the edition prints it (an article's title block), for links to the heading. */
  id?: string;
}

const HEADING = /^h[1-6]$/;

const rehypeTitleHeading: Plugin<[Options?], Root> = function (options = {}) {
  return (tree, file) => {
    let first: { node: Element; parent: Root | Element } | undefined;
    visit(tree, "element", (node, _, parent) => {
      if (!HEADING.test(node.tagName) || !parent) return;
      first = { node, parent };
      return EXIT;
    });
    if (first?.node.tagName !== "h1") return;
    const { node, parent } = first;
    const text = hastText(node).trim();
    if (options.title !== undefined && words(text) !== words(options.title)) return;
    const id = typeof node.properties.id === "string" ? node.properties.id : undefined;
    file.data.titleHeading = { text, id };
    parent.children.splice(parent.children.indexOf(node), 1);
    if (id === undefined || options.id === undefined) return;
    visit(tree, "element", (link) => {
      if (link.tagName === "a" && link.properties.href === `#${id}`)
        link.properties.href = `#${options.id}`;
    });
  };
};

/** The words of a title, whatever its case, quotes and dashes (the text's typography has made them curly). */
function words(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export default rehypeTitleHeading;
