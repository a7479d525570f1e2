// A copy of a chapter's hast for an edition's plugins to change, the manuscript's own
// tree staying as it is for the other editions. structuredClone() copied every node's
// position too (three objects a node) and took ~50 ms on the Pandoc manual; the
// editions need no positions (messages about places are given when the manuscript is
// read), and this takes a few.
import type { Element, ElementContent, Properties, Root, RootContent } from "hast";

export function copyTree(tree: Root): Root {
  return {
    type: "root",
    children: tree.children.map(copyNode),
    ...(tree.data && { data: { ...tree.data } }),
  };
}

function copyNode<T extends RootContent | ElementContent>(node: T): T {
  switch (node.type) {
    case "element":
      return copyElement(node) as T;
    case "text":
    case "comment":
      return {
        type: node.type,
        value: node.value,
        ...(node.data && { data: { ...node.data } }),
      } as T;
    default: {
      const { position: _, ...rest } = node;
      return structuredClone(rest) as T;
    }
  }
}

function copyElement(node: Element): Element {
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties))
    properties[key] = Array.isArray(value) ? [...value] : value;
  const copy: Element = {
    type: "element",
    tagName: node.tagName,
    properties,
    children: node.children.map(copyNode),
  };
  if (node.content) copy.content = copyTree(node.content);
  if (node.data) copy.data = { ...node.data };
  return copy;
}
