// A chapter's headings under its title, the chapter's `<h1>` (its head, once
// rehype-title-heading has taken the title out of the text). Should the text
// still hold `#` headings, every heading moves down a level (h1 → h2 …), so
// that the outline and the navigation nest them under the chapter; levels are
// then closed up again (`# Title`, `## Part`, `# Next` would leave the part at
// h3 under the chapter's h1).
import type { Root } from "hast";
import type { Plugin } from "unified";
import { closeLevels, headingsOf } from "./rehype-heading-levels.ts";

const rehypeChapterHeadings: Plugin<[], Root> = function () {
  return (tree) => {
    const headings = headingsOf(tree);
    if (!headings.some((node) => node.tagName === "h1")) return;
    for (const node of headings)
      node.tagName = `h${Math.min(6, Number(node.tagName.slice(1)) + 1)}`;
    // The writer has been told of their own skips already (rehype-heading-levels): these are ours.
    closeLevels(headings);
  };
};

export default rehypeChapterHeadings;
