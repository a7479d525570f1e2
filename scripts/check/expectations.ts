// What the manuscript says its editions must show: the metadata, the paper, each
// note (its number, the words just before its call, its first words), the bio
// and the words of every paragraph (expected-text.ts).
// The PDF checkers compare the printed pages with these.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { bioSection } from "../html/bio-section.ts";
import { noteCall, takeNotes } from "../html/footnotes.ts";
import type { Publication } from "../model.ts";
import { type ExpectedText, expectedText } from "./expected-text.ts";
import { type ManuscriptNote, manuscriptNotes } from "./manuscript-notes.ts";
import { flat, hastText } from "./text.ts";

export interface ExpectedNote {
  /** As printed: "1", "2", … */
  number: string;
  /** The flattened text just before the first call, since the call before it. */
  before: string;
  /** The same words as written, for messages. */
  shown: string;
  /** The flattened start of the note's text. */
  start: string;
  /**
   * Pictures between those words and the call (`![…](…)[^1]`): each may have
   * moved to the next page for want of room, and the call with it.
   */
  pictures?: number;
}

export interface Expectations {
  title: string;
  authors: string[];
  lang: string;
  paper: "a4" | "letter";
  notes: ExpectedNote[];
  /** The same notes counted from the Markdown apart from the editions' code (manuscript-notes.ts). */
  manuscriptNotes: ManuscriptNote[];
  /**
   * The back pages: their heading, the start of each author's bio (in a book,
   * under the author's name) and the end of the last; absent when no author has a bio.
   */
  bio?: { heading: string; starts: string[]; end: string; inContents?: boolean };
  /** A book's handout opens each chapter on a right-hand page, leaving a left one blank where needed. */
  chaptersOnRight?: boolean;
  /** The words of each paragraph, and of each note, with their places in the manuscript. */
  text: ExpectedText;
}

/** How much text each side of a call must match: long enough to be found in one place only. */
const CONTEXT = 60;

export function expectationsOf(publication: Publication): Expectations {
  const { meta, authors, book } = publication;
  // In a book each chapter numbers its notes from 1, in the book's order.
  const notes = publication.chapters.flatMap((chapter) => notesOf(chapter.body));
  const bio = book ? bioSection(publication.contributors, { book: true }) : bioSection(authors);
  const bios = (bio?.children.slice(1) ?? []).map((author) => flat(hastText(author)));
  return {
    title: meta.title,
    authors: authors.map((a) => a.name),
    lang: meta.lang,
    paper: meta.paper,
    notes,
    manuscriptNotes: manuscriptNotes(publication),
    bio: bio && {
      heading: hastText(bio.children[0] as Element),
      starts: bios.map((text) => text.slice(0, CONTEXT)),
      end: bios[bios.length - 1].slice(-CONTEXT),
      // A book's table of contents lists the bios too.
      inContents: book !== undefined,
    },
    chaptersOnRight: book?.chaptersStart === "right",
    text: expectedText(publication.chapters),
  };
}

function notesOf(tree: Root): ExpectedNote[] {
  const body = structuredClone(tree);
  const notes = takeNotes(body);
  const expected: ExpectedNote[] = [];
  const seen = new Set<string>();
  let before = "";
  let pictures = 0;
  visit(body, (node) => {
    if (node.type === "text") {
      before += node.value;
      if (node.value.trim()) pictures = 0;
    }
    if (node.type !== "element") return;
    if ((node as Element).tagName === "img") pictures++;
    // A list item's number or bullet is printed between its text and the item's before.
    if ((node as Element).tagName === "li") before = "";
    const call = noteCall(node as Element);
    if (!call) return;
    const note = notes.get(call.href);
    if (note && !seen.has(call.href)) {
      seen.add(call.href);
      const text = note.paragraphs.map((p) => p.map((n) => hastText(n)).join("")).join(" ");
      const shown = before.replace(/\s+/g, " ").trim().split(" ").slice(-6).join(" ");
      expected.push({
        number: call.label,
        before: flat(before).slice(-CONTEXT),
        shown,
        start: flat(text).slice(0, CONTEXT),
        pictures,
      });
    }
    before = ""; // the printed call's number stands between this text and what follows
    pictures = 0;
    return "skip";
  });
  return expected;
}
