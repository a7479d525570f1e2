// Print editions: each note moves to where it is called, as `span.note`, so
// that Paged.js can float it to the foot of the page of its call
// (`float: footnote`) and number it.
import type { ElementContent, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { noteCall, takeNotes } from "./footnotes.ts";

const rehypePrintNotes: Plugin<[], Root> = function () {
  return (tree) => {
    const notes = takeNotes(tree);
    const placed = new Set<string>();
    visit(tree, "element", (node, index, parent) => {
      const call = noteCall(node);
      if (!call || !parent || index === undefined) return;
      const note = notes.get(call.href);
      if (!note) return;
      if (placed.has(note.id)) {
        // A second call to the same note: refer to it by number, don't repeat it.
        parent.children[index] = h("sup.note-again", h("a", { href: `#${note.id}` }, call.label));
        return SKIP;
      }
      placed.add(note.id);
      const body: ElementContent[] = note.paragraphs.map((p) => h("span.note-paragraph", p));
      parent.children[index] = h("span.note", { id: note.id }, body);
      return SKIP;
    });
  };
};

export default rehypePrintNotes;
