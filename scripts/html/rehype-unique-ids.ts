// An id names one element: raw HTML in a manuscript may repeat one (three
// `<hr id="bar">`), which EPUBCheck rejects and which makes links ambiguous.
// The first keeps it; the others lose it, with a warning.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const rehypeUniqueIds: Plugin<[], Root> = function () {
  return (tree, file) => {
    const seen = new Set<string>();
    visit(tree, "element", (node) => {
      const id = node.properties.id;
      if (typeof id !== "string") return;
      if (!seen.has(id)) return void seen.add(id);
      file.message(`The id \`${id}\` is used more than once: only its first use keeps it`, {
        place: node.position,
        ruleId: "duplicate-id",
        source: "folio",
      });
      delete node.properties.id;
    });
  };
};

export default rehypeUniqueIds;
