// Steps both importers share once they have the article's body as Markdown:
// inline sources become notes (the build's own plugin, so the manuscript shows
// what the build would have made of them).
import type { FootnoteDefinition, Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { importNotesProcessor } from "../pipeline.ts";
import type { ImportLog } from "./draft.ts";

export async function inlineSourcesToNotes(body: Root, log: ImportLog): Promise<void> {
  const before = new Set(definitions(body).map((d) => d.identifier));
  await importNotesProcessor.run(body);
  for (const note of definitions(body)) {
    if (!before.has(note.identifier))
      log.note("note", `[^${note.identifier}]: ${plainText(note)}`, "an address in parentheses");
  }
}

export function definitions(tree: Root): FootnoteDefinition[] {
  const found: FootnoteDefinition[] = [];
  visit(tree, "footnoteDefinition", (node) => void found.push(node));
  return found;
}

/** The text of a node, as a reader sees it. */
export function plainText(node: Nodes): string {
  if ("value" in node && node.type !== "yaml" && node.type !== "html") return node.value;
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}
