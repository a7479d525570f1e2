// Every note of the manuscript, under its number, among the EPUB's notes (the
// `aside`s marked as footnotes that its calls pop up): the notes counted
// from the Markdown apart from the editions' code (manuscript-notes.ts), so
// that notes lost on the way to the EPUB are missed here.
import type { ManuscriptNote } from "../manuscript-notes.ts";
import { letters, quote } from "../text.ts";
import { type Check, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";
import { plainText } from "./read-epub.ts";

/** How many of a note's first letters and digits identify it. */
const KEY = 30;

export const notesCheck: Check<EpubContext> = {
  id: "epub-notes",
  title: "every note of the manuscript, under its number",
  async run({ epub, notes }) {
    if (!notes)
      throw new Error(
        "the manuscript has errors or was not found, so there is nothing to compare with",
      );
    const book = await epub();
    const asides: string[] = [];
    for (const file of book.names.filter((name) => /\.x?html?$/i.test(name))) {
      const footnotes =
        /<aside\b[^>]*\bepub:type="[^"]*\b(?:foot|end|rear)note\b[^"]*"[^>]*>(.*?)<\/aside>/gs;
      for (const [, markup] of (await book.text(file)).matchAll(footnotes))
        asides.push(plainText(markup));
    }
    return notes
      .filter((note) => !asides.some((aside) => isNote(aside, note)))
      .map(({ number, text, file, line, column }) =>
        problem({
          file,
          line,
          column,
          message: `note ${number}, ${quote(text)}, is in no footnote of the EPUB under its number`,
        }),
      );
  },
};

/** Whether a footnote's text is `note`'s: its number a whole token at its start, then its words. */
function isNote(aside: string, { number, text }: ManuscriptNote): boolean {
  return (
    aside.startsWith(`${number}.`) &&
    letters(aside.slice(number.length + 1)).startsWith(letters(text).slice(0, KEY))
  );
}
