// GFM footnotes as remark-rehype writes them: a call `sup > a[data-footnote-ref]`
// in the text and a `section[data-footnotes]` listing the notes at the end.
// Each edition places notes its own way, so this takes them out of the tree.
import type { Element, ElementContent, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

export interface Note {
  /** The note's id as remark-rehype made it, e.g. `fn-ia-centr`. */
  id: string;
  /** One entry per paragraph of the note, without the back link. */
  paragraphs: ElementContent[][];
}

/** Removes the notes section from the tree and returns its notes by id. */
export function takeNotes(tree: Root): Map<string, Note> {
  const notes = new Map<string, Note>();
  visit(tree, "element", (node, index, parent) => {
    if (!("dataFootnotes" in node.properties) || !parent || index === undefined) return;
    visit(node, "element", (li) => {
      if (li.tagName !== "li") return;
      const id = String(li.properties.id);
      const blocks = li.children.filter((c): c is Element => c.type === "element");
      notes.set(id, { id, paragraphs: blocks.map((block) => withoutBackrefs(block.children)) });
      return SKIP;
    });
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return notes;
}

/** The note a call `sup > a[data-footnote-ref]` points at, if `node` is such a call. */
export function noteCall(node: Element): { href: string; id: string; label: string } | undefined {
  const link = node.tagName === "sup" ? node.children[0] : undefined;
  if (link?.type !== "element" || !("dataFootnoteRef" in link.properties)) return undefined;
  const label = link.children[0]?.type === "text" ? link.children[0].value : "";
  return { href: String(link.properties.href).slice(1), id: String(link.properties.id), label };
}

function withoutBackrefs(children: ElementContent[]): ElementContent[] {
  const kept = children.filter((c) => !(c.type === "element" && "dataFootnoteBackref" in c.properties));
  // remark-rehype puts a space before each back link: drop what trails.
  let last = kept[kept.length - 1];
  while (last?.type === "text" && last.value.trim() === "") {
    kept.pop();
    last = kept[kept.length - 1];
  }
  if (last?.type === "text") last.value = last.value.trimEnd();
  return kept;
}
