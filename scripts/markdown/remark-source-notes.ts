// Sources written inline, as writers of op-eds and news do — "a hybrid war
// effort against Kazakhstan (ia-centr.ru/experts/…/)." — become GFM footnotes:
// the call stands where the parenthesis stood, the note holds the full
// `https://` address as a link, and its definition follows the paragraph, so
// the notes are numbered in order with the manuscript's own. Front matter
// `inline-sources: false` keeps a manuscript's parentheses as written.
import type {
  FootnoteDefinition,
  Link,
  Nodes,
  Parent,
  PhrasingContent,
  Root,
  RootContent,
} from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { findSourceParentheses, OBJECT } from "./source-parentheses.ts";
import { piece } from "./text-piece.ts";
import { noteCall, sourceNote, uniqueLabel, usedLabels } from "./source-note.ts";
import { LEFT_ALONE, noteLabel } from "./web-address.ts";

export const remarkSourceNotes: Plugin<[], Root> = function () {
  return (tree, file) => {
    if (file.data.frontMatter?.data["inline-sources"] === false) return;
    const used = usedLabels(tree);
    const notes = new Map<RootContent, FootnoteDefinition[]>();
    for (const block of tree.children) {
      const found: FootnoteDefinition[] = [];
      visit(block, (node) => {
        if (LEFT_ALONE.has(node.type)) return SKIP;
        if ("children" in node && isPhrasingParent(node)) found.push(...rewrite(node, file, used));
      });
      if (found.length > 0) notes.set(block, found);
    }
    // Each note right after the block that calls it, as a writer would place it.
    for (const [block, definitions] of notes)
      tree.children.splice(tree.children.indexOf(block) + 1, 0, ...definitions);
  };
};

export default remarkSourceNotes;

function isPhrasingParent(node: Parent): boolean {
  return ["paragraph", "heading", "tableCell", "emphasis", "strong", "delete"].includes(node.type);
}

/** Cuts the source parentheses out of `parent`'s children, puts calls in their place, and returns the notes. */
function rewrite(parent: Parent, file: VFile, used: Set<string>): FootnoteDefinition[] {
  const children = parent.children as PhrasingContent[];
  const starts: number[] = [];
  let text = "";
  for (const child of children) {
    starts.push(text.length);
    text +=
      child.type === "text"
        ? child.value
        : isBareAddress(child, file)
          ? (child.children[0] as { value: string }).value
          : OBJECT;
  }
  const spans = findSourceParentheses(text);
  if (spans.length === 0) return [];

  const definitions: FootnoteDefinition[] = [];
  const calls = spans.map((span) => {
    const identifier = uniqueLabel(noteLabel(span.addresses[0]), used);
    definitions.push(sourceNote(identifier, span.addresses));
    return { span, call: noteCall(identifier), placed: false };
  });
  const result: PhrasingContent[] = [];
  children.forEach((child, i) => {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const cuts = calls.filter(({ span }) => span.from < end && span.to > start);
    if (child.type !== "text") {
      if (cuts.length === 0) result.push(child); // a bare address inside a cut goes with it
      return;
    }
    if (cuts.length === 0) {
      result.push(child); // untouched, with its place for later messages
      return;
    }
    let at = start;
    for (const cut of cuts) {
      if (cut.span.from > at) result.push(piece(child, at - start, cut.span.from - start, file));
      if (cut.span.from >= start && !cut.placed) {
        result.push(cut.call);
        cut.placed = true;
      }
      at = Math.max(at, Math.min(cut.span.to, end));
    }
    if (at < end) result.push(piece(child, at - start, end - start, file));
  });
  parent.children = result;
  return definitions;
}

/**
 * A link that is only its own address, as GFM makes of `https://…` or `www.…`
 * typed in prose: a bare address. A link the writer wrote (`[text](url)`,
 * `[https://x](https://x)`) is left alone, and so are e-mail addresses.
 */
function isBareAddress(node: Nodes, file: VFile): node is Link {
  if (node.type !== "link" || node.children.length !== 1 || node.children[0].type !== "text")
    return false;
  if (/^mailto:/i.test(node.url)) return false;
  const shown = node.children[0].value;
  if (node.url !== shown && node.url !== `http://${shown}`) return false;
  const offset = node.position?.start.offset;
  return offset === undefined || String(file.value ?? "").charAt(offset) !== "[";
}
