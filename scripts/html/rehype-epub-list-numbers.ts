// EPUB: an ordered list that does not count from 1 (`3. Heat the pan`, or a raw
// `<li value="7">`) keeps its numbers. epub-gen-memory drops `start` and `value`,
// which are not on its list of attributes, so the numbers are written out: each
// item opens with its number as text, and the list's own markers are hidden
// (`ol.numbered` in templates/epub.css). Text rather than a CSS counter, because
// every reading system shows text, and screen readers read it.
import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const rehypeEpubListNumbers: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node) => {
      if (node.tagName !== "ol") return;
      const items = node.children.filter(
        (child): child is Element => child.type === "element" && child.tagName === "li",
      );
      const start = integer(node.properties.start) ?? 1;
      if (start === 1 && !items.some((item) => integer(item.properties.value) !== undefined))
        return;
      node.properties.className = [...classes(node), "numbered"];
      let number = start;
      for (const item of items) {
        number = integer(item.properties.value) ?? number;
        // In a loose list the text is in paragraphs: the number goes on the first one's line.
        const first = item.children.find(
          (child) => !(child.type === "text" && child.value.trim() === ""),
        );
        const holder = first?.type === "element" && first.tagName === "p" ? first : item;
        holder.children.unshift(h("span.number", `${number++}.`), {
          type: "text",
          value: " ",
        } satisfies ElementContent);
      }
    });
  };
};

/** A whole number, as `start` is parsed and as a raw `value="7"` is written. */
function integer(value: unknown): number | undefined {
  const number = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return Number.isInteger(number) ? (number as number) : undefined;
}

function classes(node: Element): string[] {
  const { className } = node.properties;
  return Array.isArray(className) ? className.map(String) : [];
}

export default rehypeEpubListNumbers;
