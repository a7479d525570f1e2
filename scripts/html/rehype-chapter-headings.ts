// A chapter's headings under its title, the chapter's `<h1>` (its head, once
// rehype-title-heading has taken the title out of the text). Should the text
// still hold `#` headings, every heading moves down a level (h1 → h2 …), so
// that the outline and the navigation nest them under the chapter.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const LEVEL = /^h([1-6])$/;

const rehypeChapterHeadings: Plugin<[], Root> = function () {
  return (tree) => {
    const headings: Element[] = [];
    visit(tree, "element", (node) => {
      if (LEVEL.test(node.tagName)) headings.push(node);
    });
    if (!headings.some((node) => node.tagName === "h1")) return;
    for (const node of headings) node.tagName = `h${Math.min(6, Number(LEVEL.exec(node.tagName)![1]) + 1)}`;
  };
};

export default rehypeChapterHeadings;
