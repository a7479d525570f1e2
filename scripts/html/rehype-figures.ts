// An image that stands alone in its paragraph is a figure: the image and a
// caption (its title if it has one, else its alt text), kept together on one
// page in print.
import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const rehypeFigures: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "p" || !parent || index === undefined) return;
      const content = node.children.filter((c) => !(c.type === "text" && c.value.trim() === ""));
      const image = content[0];
      if (content.length !== 1 || image.type !== "element" || image.tagName !== "img") return;
      const caption = String(image.properties.title ?? image.properties.alt ?? "");
      const figure: Element = h("figure", [image, caption ? h("figcaption", caption) : undefined]);
      parent.children[index] = figure;
    });
  };
};

export default rehypeFigures;
