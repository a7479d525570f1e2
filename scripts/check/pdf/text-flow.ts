// The text as written: the words of every paragraph of the manuscript are in
// the PDF's text, in order, as a reader's search and copy get it (the words
// pdf.js finds, line by line: text-stream.ts). Between paragraphs other
// things may come (a list's numbers, a table, running heads); inside one,
// only a page's foot and the next one's head, and the page a cross-reference
// leads to, after its link. A paragraph's notes are looked for from the page
// where it starts. A word left out, a letter lost to a ligature, a soft
// hyphen left in a word: each is reported at its paragraph's place in the
// manuscript and the PDF's page.
import type { ExpectedParagraph } from "../expected-text.ts";
import { quote } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import { expectations, type PdfContext } from "./context.ts";
import { followText } from "./follow-text.ts";
import { pageAt, type TextStream, textStream } from "./text-stream.ts";

/** How many pages a paragraph may start after the one before ends: past a long table or program. */
const AHEAD = 3;

export const textFlowCheck: Check<PdfContext> = {
  id: "pdf-text",
  title: "the words of every paragraph, in order, as search and copy find them",
  async run(context) {
    const { text } = expectations(context);
    const stream = textStream(await context.pages());
    const problems: CheckMessage[] = [];
    const starts: number[] = [];
    let cursor = 0;
    for (const paragraph of text.body) {
      const found = follow(paragraph, stream, cursor);
      starts.push(found.start);
      if (found.problem) problems.push(found.problem);
      cursor = found.end;
    }
    for (const note of text.notes) {
      const found = follow(
        note,
        stream,
        stream.pageStarts[pageAt(stream, starts[note.calledFrom]) - 1],
      );
      if (found.problem) problems.push(found.problem);
    }
    return problems;
  },
};

/** Where `paragraph` starts and ends in the stream, from `from` on, and what is wrong with it there. */
function follow(
  paragraph: ExpectedParagraph,
  stream: TextStream,
  from: number,
): { start: number; end: number; problem?: CheckMessage } {
  const { file, line, column } = paragraph;
  const problemAt = (at: number, message: string) =>
    problem({ file, line, column, page: pageAt(stream, at), message });
  // Looked for no further than a few pages on: found in a later heading, a
  // list of contents would take every paragraph between with it.
  const first = pageAt(stream, from);
  const last = Math.min(first + AHEAD, stream.pageStarts.length);
  const trace = followText(paragraph, stream, from, stream.pageStarts[last] ?? stream.text.length);
  if (!trace)
    return {
      start: from,
      end: from,
      problem: problemAt(
        from,
        `${quote(shown(paragraph, 0))} is printed on none of pages ${first} to ${last}`,
      ),
    };
  const { start, end, word: k, lostAt, stray } = trace;
  if (lostAt !== undefined) {
    const next = quote(shown(paragraph, k, k + 6));
    if (k === 0)
      return {
        start,
        end,
        problem: problemAt(lostAt, `the paragraph's first words, ${next}, are not printed whole`),
      };
    const message = `after “…${shown(paragraph, Math.max(0, k - 5), k)}”, the text does not go on with ${next}: a word or a letter is lost`;
    return { start, end, problem: problemAt(lostAt, message) };
  }
  if (!stray) return { start, end };
  const message = `a soft hyphen (U+00AD) is left inside “${paragraph.words[stray.word]}”: a search for the word does not find it`;
  return { start, end, problem: problemAt(stray.at, message) };
}

/** Words `from` to `to` of a paragraph, spaced as written. */
function shown({ words, glued }: ExpectedParagraph, from: number, to = words.length): string {
  return words
    .slice(from, to)
    .map((word, k) => (k > 0 && !glued.includes(from + k) ? " " : "") + word)
    .join("");
}
