// What the manuscript says its editions must show: the metadata, the paper, each
// note (its number, the words just before its call, its first words) and the bio.
// The PDF checkers compare the printed pages with these.
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { bioSection } from "../html/bio-section.ts";
import { noteCall, takeNotes } from "../html/footnotes.ts";
import type { Publication } from "../manuscript/load.ts";
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
}

export interface Expectations {
  title: string;
  authors: string[];
  lang: string;
  paper: "a4" | "letter";
  notes: ExpectedNote[];
  /** The back page's heading and the start of its text; absent when no author has a bio. */
  bio?: { heading: string; start: string };
}

/** How much text each side of a call must match: long enough to be found in one place only. */
const CONTEXT = 60;

export function expectationsOf(publication: Publication): Expectations {
  const { meta, authors } = publication;
  const body = structuredClone(publication.body) as Root;
  const notes = takeNotes(body);
  const expected: ExpectedNote[] = [];
  const seen = new Set<string>();
  let before = "";
  visit(body, (node) => {
    if (node.type === "text") before += node.value;
    if (node.type !== "element") return;
    const call = noteCall(node as Element);
    if (!call) return;
    const note = notes.get(call.href);
    if (note && !seen.has(call.href)) {
      seen.add(call.href);
      const text = note.paragraphs.map((p) => p.map((n) => hastText(n)).join("")).join(" ");
      const shown = before.replace(/\s+/g, " ").trim().split(" ").slice(-6).join(" ");
      expected.push({ number: call.label, before: flat(before).slice(-CONTEXT), shown, start: flat(text).slice(0, CONTEXT) });
    }
    before = ""; // the printed call's number stands between this text and what follows
    return "skip";
  });
  const bio = bioSection(authors);
  return {
    title: meta.title,
    authors: authors.map((a) => a.name),
    lang: meta.lang,
    paper: meta.paper,
    notes: expected,
    bio: bio && {
      heading: hastText(bio.children[0] as Element),
      start: flat(hastText({ type: "root", children: bio.children.slice(1) })).slice(0, CONTEXT),
    },
  };
}
