// A note inside a note (`[^outer]: … text.[^inner]`) can't be printed as
// one: a page's foot has one level of notes, and an e-reader's popup one
// level of popups. The inner note's text goes into the outer note, in
// parentheses where its call stood, with a warning.
import type { FootnoteDefinition, PhrasingContent, Root } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

const remarkFlatNotes: Plugin<[], Root> = function () {
  return (tree, file) => {
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, "footnoteDefinition", (node) => {
      if (!definitions.has(node.identifier)) definitions.set(node.identifier, node);
    });
    const calledFromText = new Set<string>();
    visit(tree, (node) => {
      if (node.type === "footnoteDefinition") return SKIP;
      if (node.type === "footnoteReference") calledFromText.add(node.identifier);
    });
    const inlined = new Set<string>();
    for (const outer of definitions.values()) {
      visit(outer, "footnoteReference", (call, index, parent) => {
        const inner = definitions.get(call.identifier);
        if (!inner || inner === outer || !parent || index === undefined) return;
        const first = inner.children[0];
        const text: PhrasingContent[] =
          first?.type === "paragraph" ? structuredClone(first.children) : [];
        parent.children.splice(index, 1, { type: "text", value: " (" }, ...text, {
          type: "text",
          value: ")",
        });
        file.message(
          `A note inside a note (\`[^${call.label}]\` in \`[^${outer.label}]\`): its text is printed inside the outer note, in parentheses`,
          {
            place: call.position,
            ruleId: "footnote-nested",
            source: "remark-flat-notes",
          },
        );
        inlined.add(inner.identifier);
        return index + text.length + 2;
      });
    }
    // An inner note no call in the text refers to has been printed inside its outer note.
    tree.children = tree.children.filter(
      (node) =>
        !(
          node.type === "footnoteDefinition" &&
          inlined.has(node.identifier) &&
          !calledFromText.has(node.identifier)
        ),
    );
  };
};

export default remarkFlatNotes;
