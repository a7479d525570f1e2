// EPUB: a task list (`- [x] Buy the onions`) keeps its ticked boxes, each named
// by its item's text. epub-gen-memory drops `checked` and `disabled`, which are
// not on its list of attributes, so every box would show empty; and Ace counts
// a checkbox without a label as a critical violation. Each `<input type="checkbox">`
// becomes a box in ARIA's terms, which the library keeps: a `span` with
// role="checkbox", aria-checked, aria-disabled (the reader cannot tick it) and
// aria-label (the text that follows it, without the item's sub-list), drawn by
// `.checkbox` in templates/epub.css, with a ✓ as its text when ticked.
import type { Root, RootContent } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { hastText } from "./hast-text.ts";

const rehypeEpubTaskLists: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node, index, parent) => {
      if (
        node.tagName !== "input" ||
        node.properties.type !== "checkbox" ||
        !parent ||
        index === undefined
      )
        return;
      const checked = node.properties.checked === true;
      const label = labelOf(parent.children.slice(index + 1));
      parent.children[index] = h(
        "span.checkbox",
        {
          role: "checkbox",
          ariaChecked: String(checked),
          ariaDisabled: "true",
          ariaLabel: label || (checked ? "done" : "to do"),
        },
        // A no-break space in an empty box: with text in both, ticked and empty boxes sit on the same baseline.
        checked ? "✓" : "\u00a0",
      );
    });
  };
};

/** The text of an item's own line: what follows the box, up to its sub-list. */
function labelOf(siblings: RootContent[]): string {
  const own = siblings.filter(
    (node) => !(node.type === "element" && ["ul", "ol"].includes(node.tagName)),
  );
  return own.map(hastText).join("").replace(/\s+/g, " ").trim();
}

export default rehypeEpubTaskLists;
