// Following a paragraph's words through a PDF's text stream (text-stream.ts):
// character by character, passing over what a viewer may leave out; where the
// two part, picked up again after a link (where a PDF may print the page a
// cross-reference leads to) or on the next page (past the page's foot and the
// next one's head). Used by text-flow.ts.
import type { ExpectedParagraph } from "../expected-text.ts";
import { foldText } from "../text.ts";
import { pageAt, STRAY, type TextStream } from "./text-stream.ts";

/** How much of a paragraph must match where it is picked up again: enough to be found in one place only. */
const KEY = 24;

export interface Trace {
  start: number;
  end: number;
  /** How many of the paragraph's folded characters were found. */
  reached: number;
  /** The word (an index into the paragraph's words) at `reached`. */
  word: number;
  /** Where in the stream the paragraph was lost, if it was. */
  lostAt?: number;
  /** The first soft hyphen passed over: the word it was in, and where in the stream. */
  stray?: { word: number; at: number };
}

interface Folded {
  /** The paragraph's words, folded as the stream is, one after another. */
  chars: string;
  /** Where in `chars` each word starts. */
  wordStarts: number[];
  /** Where in `chars` a link ended; `chars.length` last. */
  joints: number[];
}

/**
 * The paragraph followed from the first place in [from, limit) where it
 * starts; if it starts in several (notes that open with the same address),
 * from the first where it is found whole, else the one followed furthest.
 */
export function followText(
  paragraph: ExpectedParagraph,
  stream: TextStream,
  from: number,
  limit: number,
): Trace | undefined {
  const folded = fold(paragraph);
  let best: Trace | undefined;
  for (
    let start = find(folded, 0, stream, from, limit);
    start >= 0;
    start = find(folded, 0, stream, start + 1, limit)
  ) {
    const trace = traced(folded, stream, start);
    if (!best || trace.reached > best.reached) best = trace;
    if (trace.lostAt === undefined) break;
  }
  return best;
}

function fold({ words, afterLinks }: ExpectedParagraph): Folded {
  const wordStarts: number[] = [];
  let chars = "";
  for (const word of words) {
    wordStarts.push(chars.length);
    chars += foldText(word).replaceAll("\u00ad", "");
  }
  const joints = [...afterLinks.map((k) => wordStarts[k] ?? chars.length), chars.length];
  return { chars, wordStarts, joints };
}

function traced(folded: Folded, stream: TextStream, start: number): Trace {
  const { chars, wordStarts, joints } = folded;
  const wordAt = (i: number) => wordStarts.findLastIndex((at) => at <= i);
  let i = 0;
  let j = start;
  let page = pageAt(stream, start); // of the last character that matched
  let stray: Trace["stray"];
  while (i < chars.length) {
    if (stream.text[j] === chars[i]) {
      if (j >= (stream.pageStarts[page] ?? Infinity)) page = pageAt(stream, j);
      [i, j] = [i + 1, j + 1];
    } else if (stream.optional[j]) {
      if (stream.optional[j] === STRAY) stray ??= { word: wordAt(i), at: j };
      j++;
    } else {
      const resumed = find(
        folded,
        i,
        stream,
        j + 1,
        stream.pageStarts[page + 1] ?? stream.text.length,
      );
      const overPage = resumed >= (stream.pageStarts[page] ?? Infinity);
      if (resumed < 0 || !(joints.includes(i) || overPage))
        return { start, end: j, reached: i, word: wordAt(i), lostAt: j, stray };
      j = resumed;
    }
  }
  return { start, end: j, reached: i, word: wordAt(i), stray };
}

/** The first place from `from` (before `limit`) where the stream goes on as the paragraph does from `i`, as far as its next link's end. */
function find(
  { chars, joints }: Folded,
  i: number,
  stream: TextStream,
  from: number,
  limit: number,
): number {
  const length = Math.min(KEY, joints.find((joint) => joint > i)! - i);
  for (let j = from; j < limit; j++) {
    if (stream.text[j] === chars[i] && matches(chars, i, stream, j, length)) return j;
  }
  return -1;
}

function matches(chars: string, i: number, stream: TextStream, j: number, length: number): boolean {
  const end = i + length;
  while (i < end && j < stream.text.length) {
    if (stream.text[j] === chars[i]) [i, j] = [i + 1, j + 1];
    else if (stream.optional[j]) j++;
    else return false;
  }
  return i === end;
}
