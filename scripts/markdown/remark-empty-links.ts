// No empty link: `[](https://…)` shows the reader nothing to follow (and a
// screen reader says only "link"), `[text]()` leads nowhere. Each is a
// positioned warning.
import type { Nodes, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const remarkEmptyLinks: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, "link", (node) => {
      const warn = (reason: string) =>
        file.message(reason, {
          place: node.position,
          ruleId: "link-empty",
          source: "remark-empty-links",
        });
      if (node.url.trim() === "")
        warn(
          "A link with no address: give it one, as in `[text](https://…)`, or drop the brackets",
        );
      if (shownText(node).trim() === "")
        warn(
          `A link with no text: readers see nothing to follow; write what it is, as in \`[the report](${node.url})\``,
        );
    });
  };
};

export default remarkEmptyLinks;

/** What a link shows: its text, and the alt text of an image inside it. */
function shownText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "image") return node.alt ?? "";
  return "children" in node ? node.children.map((child) => shownText(child)).join("") : "";
}
