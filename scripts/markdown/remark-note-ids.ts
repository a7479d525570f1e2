// A note's label becomes its ids in every edition (`fn-<label>`, and the
// call's `fnref-<label>`), percent-encoded by remark-rehype where the label
// has characters an address may not hold. An e-reader decodes the link's
// `#fn-%22…` and finds no `fn-"…`: the call leads nowhere, and EPUBCheck says
// so. Each such label is given an id of letters, digits and dashes instead,
// the same for its calls and its note; the note's number is what is printed.
import type { Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const SAFE = /^[a-z0-9_-]+$/;

const remarkNoteIds: Plugin<[], Root> = function () {
  return (tree) => {
    const taken = new Set<string>();
    visit(tree, ["footnoteReference", "footnoteDefinition"], (node) => {
      if ("identifier" in node) taken.add(node.identifier);
    });
    const renamed = new Map<string, string>();
    visit(tree, ["footnoteReference", "footnoteDefinition"], (node) => {
      if (!("identifier" in node) || SAFE.test(node.identifier)) return;
      let id = renamed.get(node.identifier);
      if (id === undefined) {
        const base = node.identifier.replace(/[^a-z0-9_-]+/g, "-").replace(/^-|-$/g, "") || "note";
        id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
        taken.add(id);
        renamed.set(node.identifier, id);
      }
      node.identifier = id;
      node.label = id;
    });
  };
};

export default remarkNoteIds;
