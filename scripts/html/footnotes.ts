// GFM footnotes as remark-rehype writes them: a call `sup > a[data-footnote-ref]`
// in the text and a `section[data-footnotes]` listing the notes at the end.
// Each edition places notes its own way, so this takes them out of the tree.
// A note the build adds to the tree (a remote image's address) is made the same
// way, and the notes numbered again, in order of their first call.
import type { Element, ElementContent, Root } from "hast";
import { h } from "hastscript";
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

/**
 * Adds a note holding `paragraph`, listed with the others, and returns its
 * call (numbered by numberNotes, once every new call stands in the text).
 */
export function addNote(tree: Root, label: string, paragraph: ElementContent[]): Element {
  const ids = new Set<unknown>();
  visit(tree, "element", (node) => void ids.add(node.properties.id));
  let id = label;
  for (let n = 2; ids.has(`fn-${id}`) || ids.has(`fnref-${id}`); n++) id = `${label}-${n}`;
  let section = notesSection(tree);
  if (!section) {
    section = h("section.footnotes", { dataFootnotes: "" }, [
      h("h2.sr-only#footnote-label", "Footnotes"),
      h("ol"),
    ]);
    tree.children.push(section);
  }
  notesList(section)?.children.push(h("li", { id: `fn-${id}` }, [h("p", paragraph)]));
  return h("sup", [
    h("a", {
      href: `#fn-${id}`,
      id: `fnref-${id}`,
      dataFootnoteRef: "",
      ariaDescribedBy: ["footnote-label"],
    }),
  ]);
}

/** Numbers the notes in order of their first call, as remark-rehype does, and lists them in that order. */
export function numberNotes(tree: Root): void {
  const order = new Map<string, number>();
  visit(tree, "element", (node) => {
    const call = noteCall(node);
    if (!call) return;
    if (!order.has(call.href)) order.set(call.href, order.size + 1);
    (node.children[0] as Element).children = [
      { type: "text", value: String(order.get(call.href)) },
    ];
  });
  const list = notesList(notesSection(tree));
  if (!list) return;
  const place = (li: ElementContent) =>
    (li.type === "element" && order.get(String(li.properties.id))) || order.size + 1;
  list.children = list.children
    .filter((li) => li.type === "element")
    .sort((a, b) => place(a) - place(b));
}

function notesSection(tree: Root): Element | undefined {
  return tree.children.find(
    (node): node is Element => node.type === "element" && "dataFootnotes" in node.properties,
  );
}

function notesList(section: Element | undefined): Element | undefined {
  return section?.children.find(
    (node): node is Element => node.type === "element" && node.tagName === "ol",
  );
}

function withoutBackrefs(children: ElementContent[]): ElementContent[] {
  const kept = children.filter(
    (c) => !(c.type === "element" && "dataFootnoteBackref" in c.properties),
  );
  // remark-rehype puts a space before each back link: drop what trails.
  let last = kept[kept.length - 1];
  while (last?.type === "text" && last.value.trim() === "") {
    kept.pop();
    last = kept[kept.length - 1];
  }
  if (last?.type === "text") last.value = last.value.trimEnd();
  return kept;
}
