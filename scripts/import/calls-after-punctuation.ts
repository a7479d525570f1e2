// House style for the manuscripts the importer writes, as in the bundled one
// and in Chicago: a note's call follows the punctuation it stands next to —
// "against Kazakhstan.[^1]", not "against Kazakhstan[^1]." The build's plugin
// leaves a writer's own placement alone; an import is an editor's clean copy.
import type { Parent, Root } from "mdast";
import { visit } from "unist-util-visit";

const PUNCTUATION = /^[.,;:!?]/;

export function callsAfterPunctuation(tree: Root): void {
  visit(tree, "footnoteReference", (_, index, parent: Parent | undefined) => {
    if (!parent || index === undefined) return;
    const next = parent.children[index + 1];
    const before = parent.children[index - 1];
    if (next?.type !== "text" || !PUNCTUATION.test(next.value) || before?.type !== "text") return;
    before.value += next.value[0];
    next.value = next.value.slice(1);
    if (next.value === "") parent.children.splice(index + 1, 1);
  });
}
