// As many notes as the manuscript has, each at the foot of the page of its
// call, under its number. The call's page is where the words just before it are
// printed, looked for in reading order; those words may break over a page, with
// the page's foot, its notes and the next one's running head in between. A
// call that follows a picture is on the picture's page, which may be the next
// one (a picture that does not fit in what is left of a page starts the next):
// each picture between the words and the call widens the search by a page.
// The notes as counted from the Markdown apart from the editions' code
// (manuscript-notes.ts) must each be printed under their number too: a fault
// that loses notes from the editions' tree can't lose them from the check.
import type { ManuscriptNote } from "../manuscript-notes.ts";
import { letters, quote } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import { directionOf } from "../../html/text-direction.ts";
import { expectations, type PdfContext } from "./context.ts";

export const notesCheck: Check<PdfContext> = {
  id: "pdf-notes",
  title: "every note of the manuscript, numbered, on the page of its call",
  async run(context) {
    const { notes } = expectations(context);
    const texts = await context.texts();
    const lines = await context.lines();
    const rtl = directionOf(context.expect?.lang ?? "en") === "rtl";
    const problems: CheckMessage[] = [];
    let page = 1;
    for (const note of notes) {
      const callPage = pageOfCall(texts, note.before, page);
      if (callPage === 0) {
        problems.push(
          problem({
            message: `the words before note ${note.number}'s call, “…${note.shown}”, are printed on no page from page ${page} on: text lost?`,
          }),
        );
        continue;
      }
      page = callPage;
      const text = texts[callPage - 1];
      const under = (page: string[]) => underNumber(page, note.number, note.start, rtl);
      if (lines.slice(callPage - 1, callPage + (note.pictures ?? 0)).some(under)) continue;
      const elsewhere = texts.findIndex((t) => t.includes(note.start)) + 1;
      problems.push(
        problem({
          page: callPage,
          message: text.includes(note.start)
            ? `note ${note.number} is on the page of its call, but not under the number ${note.number}`
            : elsewhere > 0
              ? `note ${note.number} is called on page ${callPage} but printed on page ${elsewhere}`
              : `note ${note.number} (called on page ${callPage}) is printed nowhere`,
        }),
      );
    }
    return [...problems, ...unprinted(context.expect?.manuscriptNotes ?? [], lines, rtl)];
  },
};

/** How many of a note's first letters and digits identify it. */
const KEY = 30;

/**
 * The manuscript's notes, counted from its Markdown, that no page prints under
 * their number: a line that opens with "N." and goes on with the note's words.
 */
function unprinted(notes: ManuscriptNote[], pages: string[][], rtl: boolean): CheckMessage[] {
  return notes
    .filter(({ number, text }) => {
      const key = letters(text).slice(0, KEY);
      // A right-to-left page may put the number anywhere on the line: the words must be there.
      if (rtl) return !pages.some((lines) => letters(lines.join("")).includes(key));
      const opens = (lines: string[], i: number) =>
        lines[i].startsWith(`${number}.`) &&
        letters(
          lines
            .slice(i)
            .join("")
            .slice(number.length + 1),
        ).startsWith(key);
      return !pages.some((lines) => lines.some((_, i) => opens(lines, i)));
    })
    .map(({ number, text, file, line, column }) => {
      const message = `note ${number}, ${quote(text)}, is printed on no page under its number`;
      return problem({ file, line, column, message });
    });
}

/**
 * Whether a page's lines print a note starting `start` under `number`, the
 * number a whole token where a line starts: "11.…" is not note 1. A right-to-left
 * page's note whose line holds no right-to-left letter (an address alone) is read
 * back in the order it stands on the page, its number closing the line: "https://… .1".
 */
export function underNumber(lines: string[], number: string, start: string, rtl: boolean): boolean {
  const text = lines.join("");
  const starts = new Set<number>();
  const ends = new Set<number>();
  let at = 0;
  for (const line of lines) {
    starts.add(at);
    at += line.length;
    ends.add(at);
  }
  const found = (needle: string, where: (i: number) => boolean) => {
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      if (where(i)) return true;
    }
    return false;
  };
  const atStart = (i: number) => starts.has(i);
  if (found(`${number}.${start}`, atStart) || found(`${number}${start}`, atStart)) return true;
  const after = text.indexOf(start);
  const closing = (i: number) => i > after && ends.has(i + number.length + 1);
  return rtl && after >= 0 && found(`.${number}`, closing);
}

/** How far into a page the rest of words broken over a page break may start (past a running head). */
const OPENING = 400;

/** The page (from 1) where the words `before` a call end, searching from page `from`; 0 if nowhere. */
function pageOfCall(texts: string[], before: string, from: number): number {
  if (before === "") return from; // a call with no text before it since the last one
  for (let p = from; p <= texts.length; p++) if (texts[p - 1].includes(before)) return p;
  // Broken over a page: their start ends page p, their end opens page p + 1 (the longest start first).
  for (let p = from; p < texts.length; p++) {
    for (let i = before.length - 1; i > 0; i--) {
      if (
        texts[p - 1].includes(before.slice(0, i)) &&
        texts[p].slice(0, OPENING).includes(before.slice(i))
      )
        return p + 1;
    }
  }
  return 0;
}
