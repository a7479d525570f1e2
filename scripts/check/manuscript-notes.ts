// How many notes the manuscript has, and what each says, read from the
// Markdown by a route of its own, so that the checks of the notes do not
// trust the code that prints them: the expected notes of expectations.ts come
// from the editions' tree (takeNotes, noteCall), and a fault there would
// leave the checks expecting as few notes as the editions print. Here each
// chapter's Markdown is parsed again, with only the plugins that make notes
// (sources in parentheses become notes, a note's notes fold into it), and
// every note that is called is counted from the mdast, numbered by its first
// call, as GFM numbers them (from 1 in each chapter of a book).
import type { Nodes, Root } from "mdast";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import type { Publication } from "../model.ts";
import { createNotesProcessor } from "../pipeline.ts";

export interface ManuscriptNote {
  /** As printed: "1", "2", … */
  number: string;
  /** The note's text as written, spaces collapsed. */
  text: string;
  /** Where its definition is written. */
  file: string;
  line: number;
  column: number;
}

const notesProcessor = createNotesProcessor().freeze();

export function manuscriptNotes(publication: Publication): ManuscriptNote[] {
  return publication.chapters.flatMap(({ file }) => {
    // A copy: the messages of this second reading are the build's already.
    const copy = new VFile({ path: file.path, value: file.value });
    return notesOf(notesProcessor.runSync(notesProcessor.parse(copy), copy), file.path);
  });
}

function notesOf(tree: Root, path: string): ManuscriptNote[] {
  const definitions = new Map<string, Nodes>();
  visit(
    tree,
    "footnoteDefinition",
    (node) => void (definitions.has(node.identifier) || definitions.set(node.identifier, node)),
  );
  const notes: ManuscriptNote[] = [];
  const called = new Set<string>();
  visit(tree, (node) => {
    if (node.type === "footnoteDefinition") return "skip";
    if (node.type !== "footnoteReference" || called.has(node.identifier)) return;
    const definition = definitions.get(node.identifier);
    if (!definition) return;
    called.add(node.identifier);
    const { line, column } = definition.position?.start ?? { line: 1, column: 1 };
    notes.push({
      number: String(notes.length + 1),
      text: textOf(definition),
      file: path,
      line,
      column,
    });
  });
  return notes;
}

function textOf(node: Nodes): string {
  let text = "";
  visit(node, (child) => {
    if (child.type === "text" || child.type === "inlineCode") text += child.value;
    // Paragraphs of a note are printed apart.
    if (child.type === "paragraph" && text) text += " ";
  });
  return text.replace(/\s+/g, " ").trim();
}
