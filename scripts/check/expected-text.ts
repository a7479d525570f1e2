// The manuscript's text as its PDFs must give it to search and copy: each
// paragraph of each chapter (a heading, a list item, a caption count as one),
// then each note's, with its place in the manuscript. Tables and code blocks
// are left out: a PDF reader reads their lines by the columns it sees in them, a
// table's cells and a program's comments apart from their rows; and neither is
// hyphenated nor set with ligatures. A note's call is left out too: the PDF
// prints a number there.
import type { ElementContent } from "hast";
import { SKIP, visit } from "unist-util-visit";
import { noteCall, takeNotes } from "../html/footnotes.ts";
import type { Chapter } from "../model.ts";

export interface ExpectedParagraph {
  /** The chapter's file, as its messages name it. */
  file: string;
  line?: number;
  column?: number;
  /** Its words as written, cut also where an inline element starts or ends. */
  words: string[];
  /** The indices of the words that follow the one before with no space between. */
  glued: number[];
  /** The indices of the words that follow a link: the PDF may print there the page a cross-reference leads to. */
  afterLinks: number[];
}

export interface ExpectedNoteText extends ExpectedParagraph {
  /** The index, among the body's paragraphs, of the one that calls it first. */
  calledFrom: number;
}

export interface ExpectedText {
  body: ExpectedParagraph[];
  notes: ExpectedNoteText[];
}

const TEXT_BLOCKS = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "figcaption",
  "blockquote",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
/** Blocks whose text is in the text blocks they hold, or (tables, code) not looked for. */
const OTHER_BLOCKS = new Set(["ul", "ol", "dl", "div", "figure", "section", "hr", "table", "pre"]);

export function expectedText(chapters: Chapter[]): ExpectedText {
  const text: ExpectedText = { body: [], notes: [] };
  for (const chapter of chapters) {
    const file = chapter.file.path;
    const body = structuredClone(chapter.body);
    const notes = takeNotes(body);
    visit(body, "element", (node) => {
      if (node.tagName === "table" || node.tagName === "pre") return SKIP;
      if (!TEXT_BLOCKS.has(node.tagName)) return;
      const calls: string[] = [];
      const { words, glued, afterLinks } = ownWords(node.children, calls);
      if (words.length === 0) return;
      const at = text.body.push({ file, ...place(node), words, glued, afterLinks }) - 1;
      for (const href of calls) {
        const note = notes.get(href);
        notes.delete(href); // a note is printed once, under its first call
        for (const paragraph of note?.paragraphs ?? []) {
          const { words, glued, afterLinks } = ownWords(paragraph, []);
          if (words.length > 0)
            text.notes.push({
              file,
              ...place(paragraph[0]),
              words,
              glued,
              afterLinks,
              calledFrom: at,
            });
        }
      }
    });
  }
  return text;
}

interface Words {
  words: string[];
  glued: number[];
  afterLinks: number[];
  /** Whether a space (or the edge of a block) came last. */
  space: boolean;
}

/**
 * The words of `children` outside the blocks they hold (a list item's, not
 * its sublist's), without note calls: their notes' ids go to `calls`.
 */
function ownWords(
  children: ElementContent[],
  calls: string[],
  into: Words = { words: [], glued: [], afterLinks: [], space: true },
): Words {
  for (const child of children) {
    if (child.type === "text") {
      for (const token of child.value.split(/(\s+)/)) {
        if (token === "") continue;
        if (/^\s/.test(token)) {
          into.space = true;
          continue;
        }
        if (!into.space && into.words.length > 0) into.glued.push(into.words.length);
        into.words.push(token);
        into.space = false;
      }
    } else if (child.type === "element") {
      const call = noteCall(child);
      if (call) calls.push(call.href);
      else if (
        TEXT_BLOCKS.has(child.tagName) ||
        OTHER_BLOCKS.has(child.tagName) ||
        child.tagName === "br"
      )
        into.space = true;
      else {
        ownWords(child.children, calls, into);
        if (child.tagName === "a") into.afterLinks.push(into.words.length);
      }
    }
  }
  return into;
}

function place(node: ElementContent | undefined): { line?: number; column?: number } {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}
