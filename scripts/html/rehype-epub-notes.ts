// EPUB: EPUB 3 popup notes, the markup Apple Books, Kobo and Kindle (through
// Send to Kindle) recognise: the call is `sup > a[epub:type=noteref]`, each note
// an `aside[epub:type=footnote]` after the text, with its back link first.
import type { Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { noteCall, takeNotes } from "./footnotes.ts";

const rehypeEpubNotes: Plugin<[], Root> = function () {
  return (tree) => {
    const notes = takeNotes(tree);
    const labels = new Map<string, { label: string; callId: string }>();
    visit(tree, "element", (node) => {
      const call = noteCall(node);
      if (!call) return;
      if (!labels.has(call.href)) labels.set(call.href, { label: call.label, callId: call.id });
      node.children = [
        h(
          "a",
          { "epub:type": "noteref", role: "doc-noteref", href: `#${call.href}`, id: call.id },
          call.label,
        ),
      ];
    });
    for (const [id, { label, callId }] of labels) {
      const note = notes.get(id);
      if (!note) continue;
      const [first = [], ...rest] = note.paragraphs;
      tree.children.push(
        h("aside.note", { id, "epub:type": "footnote", role: "doc-footnote" }, [
          h("p", [
            h("a", { href: `#${callId}`, role: "doc-backlink" }, `${label}.`),
            " ",
            ...first,
          ]),
          ...rest.map((p) => h("p", p)),
        ]),
      );
    }
  };
};

export default rehypeEpubNotes;
