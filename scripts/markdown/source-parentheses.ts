// Finds the parentheses in a run of prose that hold nothing but sources:
// "(ia-centr.ru/experts/…/)", "(see tengrinews.kz/…)", "(source: https://…)",
// "(see a.org/x and b.org/y)". A parenthesis with any other word in it —
// "(U.S.)", "(Jan. 2022)", "(as reported by kremlin.ru)" — is the writer's
// prose and is left alone: a wrong note is worse than a missed one.
import { readAddress } from "./web-address.ts";

/** Stands for a node that is not plain text (code, emphasis, a written link): no source spans it. */
export const OBJECT = "\uFFFC";

export interface SourceSpan {
  /** Where the cut starts: the parenthesis, or the space before it. */
  from: number;
  /** Just past the closing parenthesis (and past the space after it, at the start of a run). */
  to: number;
  /** The full addresses, in the order written. */
  addresses: string[];
}

// One level of nested parentheses, for addresses such as en.wikipedia.org/wiki/Astana_(city).
const PARENTHESIS = /\((?:[^()\uFFFC]|\([^()\uFFFC]*\))*\)/g;
// The words writers put before a source; a colon may follow ("source: …", "see: …").
const LEAD_IN =
  /^(?:see(?:\s+also)?|sources?|via|cf\.?|from|at|read|links?|more\s+at|available\s+at|archived\s+at|reported\s+(?:by|in|at)|quoted\s+(?:by|in))\s*:?\s+/i;
const SEPARATOR = /\s*[,;]\s+|\s+(?:and|&)\s+/;

export function findSourceParentheses(text: string): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const match of text.matchAll(PARENTHESIS)) {
    const addresses = readSources(match[0].slice(1, -1));
    if (!addresses) continue;
    let from = match.index;
    let to = from + match[0].length;
    // The note's call takes the place of " (…)": "against Kazakhstan (…)." → "against Kazakhstan[^1]."
    while (from > 0 && /\s/.test(text[from - 1])) from--;
    // Nothing before it in this run: drop the space after instead, so no text starts with one.
    if (from === 0) while (to < text.length && /\s/.test(text[to])) to++;
    spans.push({ from, to, addresses });
  }
  return spans;
}

/** The addresses a parenthesis holds, or undefined if it holds anything else. */
function readSources(inner: string): string[] | undefined {
  // "(See kremlin.ru/events/….)": the period ends the writer's sentence, not the address.
  const parts = inner.trim().replace(/\.$/, "").split(SEPARATOR);
  const addresses: string[] = [];
  for (const part of parts) {
    const word = part.trim().replace(LEAD_IN, "");
    const address = /\s/.test(word) ? undefined : readAddress(word);
    if (!address) return undefined;
    addresses.push(address);
  }
  return addresses.length > 0 ? addresses : undefined;
}
