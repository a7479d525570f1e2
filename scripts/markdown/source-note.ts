// A source note as both the build and the importer make it: a GFM footnote
// whose text is the address (several separated by semicolons, since a comma
// can stand in an address), under a short label unique in the manuscript.
import type { FootnoteDefinition, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { linkTarget } from "./web-address.ts";

/** The labels a manuscript already uses for its notes. */
export function usedLabels(tree: Root): Set<string> {
  const used = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "footnoteDefinition" || node.type === "footnoteReference")
      used.add(node.identifier);
  });
  return used;
}

/** `base`, or `base-2`, `base-3`…: the first one not yet used, which it then marks as used. */
export function uniqueLabel(base: string, used: Set<string>): string {
  let label = base;
  for (let n = 2; used.has(label); n++) label = `${base}-${n}`;
  used.add(label);
  return label;
}

export function sourceNote(identifier: string, addresses: string[]): FootnoteDefinition {
  const children: PhrasingContent[] = [];
  addresses.forEach((address, i) => {
    if (i > 0) children.push({ type: "text", value: "; " });
    children.push({
      type: "link",
      url: linkTarget(address),
      children: [{ type: "text", value: address }],
    });
  });
  return {
    type: "footnoteDefinition",
    identifier,
    label: identifier,
    children: [{ type: "paragraph", children }],
  };
}

export function noteCall(identifier: string): PhrasingContent {
  return { type: "footnoteReference", identifier, label: identifier };
}
