// Print: a web address printed in full may break only after `/`, `.`, `-` or
// `?` (a `<wbr>` there), never inside a word, so a reader can still type it.
import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { addressText } from "./address.ts";

const rehypeAddressBreaks: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node) => {
      const address = addressText(node);
      if (!address) return;
      // Never between the scheme's slashes: `https://` stays whole.
      const scheme = /^https?:\/\//.exec(address)?.[0] ?? "";
      const parts = address.slice(scheme.length).split(/(?<=[/.?-])/);
      const children: ElementContent[] = [];
      for (const [i, part] of parts.entries()) {
        if (i > 0) children.push(h("wbr"));
        children.push({ type: "text", value: i === 0 ? scheme + part : part });
      }
      node.children = children;
      return SKIP;
    });
  };
};

export default rehypeAddressBreaks;
