// A chapter's headings under its title. The title is the chapter's `<h1>`:
// from the front matter, or else the `# Heading` the chapter opens with, taken
// out of the text (its text and id go to `file.data.chapterTitle`). Should the
// text still hold `#` headings, every heading moves down a level (h1 → h2 …),
// so that the outline and the navigation nest them under the chapter.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { hastText } from "./hast-text.ts";

declare module "vfile" {
  interface DataMap {
    /** The title the chapter's opening heading gave, and that heading's id. */
    chapterTitle: { text: string; id?: string };
  }
}

export interface Options {
  /** Take the opening `# Heading` as the title (the front matter gives none). */
  takeTitle: boolean;
}

const LEVEL = /^h([1-6])$/;

const rehypeChapterHeadings: Plugin<[Options], Root> = function (options) {
  return (tree, file) => {
    const first = tree.children.find((node) => node.type !== "text" || node.value.trim() !== "");
    if (options.takeTitle && first?.type === "element" && first.tagName === "h1") {
      const id = typeof first.properties.id === "string" ? first.properties.id : undefined;
      file.data.chapterTitle = { text: hastText(first).trim(), id };
      tree.children.splice(tree.children.indexOf(first), 1);
    }
    const headings: Element[] = [];
    visit(tree, "element", (node) => {
      if (LEVEL.test(node.tagName)) headings.push(node);
    });
    if (!headings.some((node) => node.tagName === "h1")) return;
    for (const node of headings) node.tagName = `h${Math.min(6, Number(LEVEL.exec(node.tagName)![1]) + 1)}`;
  };
};

export default rehypeChapterHeadings;
