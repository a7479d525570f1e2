// An id names one element: raw HTML in a manuscript may repeat one (three
// `<hr id="bar">`, or a heading whose slug is an id already taken), which
// EPUBCheck rejects and which makes links ambiguous. The first keeps it; the
// others get a numbered one (`bar-2`), with a warning; never one the
// manuscript gives another element further on, which links may name.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const rehypeUniqueIds: Plugin<[], Root> = function () {
  return (tree, file) => {
    const given = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") given.add(node.properties.id);
    });
    const seen = new Set<string>();
    visit(tree, "element", (node) => {
      const id = node.properties.id;
      if (typeof id !== "string") return;
      if (!seen.has(id)) return void seen.add(id);
      let n = 2;
      while (seen.has(`${id}-${n}`) || given.has(`${id}-${n}`)) n++;
      file.message(`The id \`${id}\` is used more than once: this one is renamed \`${id}-${n}\``, {
        place: node.position,
        ruleId: "duplicate-id",
        source: "rehype-unique-ids",
      });
      node.properties.id = `${id}-${n}`;
      seen.add(`${id}-${n}`);
    });
  };
};

export default rehypeUniqueIds;
