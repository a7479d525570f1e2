// EPUB: a table column aligned in the Markdown (`| :-: |`, `| --: |`), or a raw
// `<p align="center">`, stays aligned. epub-gen-memory drops `align`, which is
// not on its list of attributes (and is obsolete in HTML), so it becomes the CSS
// it stands for, `style="text-align: …"`, which the library keeps. Only where
// `align` means the alignment of text: cells, paragraphs, headings, divisions.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const TEXT_BLOCKS = new Set(["th", "td", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6"]);
const VALUES = new Set(["left", "right", "center", "justify"]);

const rehypeEpubAlign: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node) => {
      const align = String(node.properties.align ?? "").toLowerCase();
      if (!TEXT_BLOCKS.has(node.tagName) || !VALUES.has(align)) return;
      // No other style to keep: the sanitizer lets none through.
      node.properties.style = `text-align: ${align}`;
      delete node.properties.align;
    });
  };
};

export default rehypeEpubAlign;
