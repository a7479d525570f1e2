// A link whose text is its own web address, as a source in a note usually is:
// print shows it in full, breaks it only at its separators, never hyphenates it.
import type { Element } from "hast";

export function addressText(node: Element): string | undefined {
  if (node.tagName !== "a" || node.children.length !== 1) return undefined;
  const [child] = node.children;
  return child.type === "text" && /^(https?:\/\/|www\.)/.test(child.value)
    ? child.value
    : undefined;
}
