// The text of a hast node, as a reader sees it: for titles taken from headings.
import type { Nodes } from "hast";

export function hastText(node: Nodes): string {
  if (node.type === "text") return node.value;
  if ("children" in node) return node.children.map((child) => hastText(child as Nodes)).join("");
  return "";
}
