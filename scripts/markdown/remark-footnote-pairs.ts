// Notes and their calls in pairs. remark-gfm leaves a call with no definition
// (`[^x]`) as plain text, which the editions would print as "[^x]" (an error), and
// remark-rehype silently drops a definition that is never called, losing a
// source; a second definition with the same label is ignored just as quietly.
// Each becomes a positioned warning. A call whose note is written inside a
// raw HTML block (Pandoc-era `<markdown>…</markdown>` wrappers), where
// Markdown is not read, is told so: the note is there, only unseen.
import type { FootnoteDefinition, Html, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { matchesIn } from "./source-matches.ts";

/** A call as written: `[^label]`, the label without spaces or brackets. */
const CALL = /(?<!\\)\[\^([^\]\s]+)\]/g;

const remarkFootnotePairs: Plugin<[], Root> = function () {
  return (tree, file) => {
    const called = new Set<string>();
    const defined = new Map<string, FootnoteDefinition>();
    const html: Html[] = [];
    visit(tree, (node) => {
      if (node.type === "html") html.push(node);
      if (node.type === "footnoteReference") called.add(node.identifier);
      if (node.type !== "footnoteDefinition") return;
      const first = defined.get(node.identifier);
      if (!first) return void defined.set(node.identifier, node);
      file.message(
        `A second note is labelled \`[^${node.label}]\` (the first is on line ${first.position?.start.line}): only the first is printed; give this one a label of its own`,
        {
          place: node.position,
          ruleId: "footnote-duplicate",
          source: "remark-footnote-pairs",
        },
      );
    });
    visit(tree, "text", (node, _, parent) => {
      for (const { text, place } of matchesIn(node, parent, file, CALL)) {
        const label = text.slice(2, -1);
        if (defined.has(normalize(label))) continue;
        // An error, not a warning: the editions would print "[^label]" and lose the source.
        const hidden = definedInHtml(label, html);
        const reason = hidden
          ? `The note \`[^${label}]\` is written inside raw HTML (the block on line ${hidden}), where Markdown is not read, so the call has no note: move \`[^${label}]: …\` out of the HTML block`
          : `The note call \`[^${label}]\` has no note: add \`[^${label}]: …\` (its source) below, or remove the call`;
        file.message(reason, {
          place,
          ruleId: hidden ? "footnote-in-html" : "footnote-undefined",
          source: "remark-footnote-pairs",
        }).fatal = true;
      }
    });
    for (const [identifier, node] of defined) {
      if (called.has(identifier)) continue;
      file.message(
        `The note \`[^${node.label}]\` is never called, so no edition prints it: cite it with \`[^${node.label}]\` after the claim, or delete it`,
        {
          place: node.position,
          ruleId: "footnote-unused",
          source: "remark-footnote-pairs",
        },
      );
    }
  };
};

export default remarkFootnotePairs;

/** The line of the first raw HTML block that holds a definition of `label`, if one does. */
function definedInHtml(label: string, blocks: Html[]): number | undefined {
  const definition = new RegExp(
    `^[ \\t]{0,3}\\[\\^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\]:`,
    "im",
  );
  return blocks.find((block) => definition.test(block.value))?.position?.start.line;
}

/** Labels match as GFM matches them: case and runs of spaces aside. */
function normalize(label: string): string {
  return label.replace(/\s+/g, " ").trim().toLowerCase();
}
