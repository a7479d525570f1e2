// Cloudflare hides e-mail addresses on the pages it serves and shows
// "[email protected]" to anything that copies the text without running its
// script. The address is gone; what is left is a clause that points at
// nothing ("… and can be contacted directly at [email protected] ."), so the
// clause goes too, and the importer warns that an address was lost.
import { sentences } from "./description.ts";

export const LOST_ADDRESS = /\[email(?:\s|&nbsp;|&#160;)+protected\]/i;

// Where a clause begins, looking back from the lost address: a conjunction, a
// comma, a semicolon, a dash or an opening parenthesis.
const CLAUSE_START = /\s+(?:and|or|but)\s+|,\s+|;\s+|\s+[–—]\s+|\s*\(/g;

export interface Removal {
  text: string;
  /** What was cut, for the warning. */
  removed: string[];
}

export function removeLostAddresses(paragraph: string): Removal {
  if (!LOST_ADDRESS.test(paragraph)) return { text: paragraph, removed: [] };
  const removed: string[] = [];
  const kept: string[] = [];
  for (const sentence of sentences(paragraph)) {
    let rest = sentence;
    for (let match = LOST_ADDRESS.exec(rest); match; match = LOST_ADDRESS.exec(rest)) {
      const { start, end } = clauseAround(rest, match.index, match.index + match[0].length);
      removed.push(rest.slice(start, end).trim());
      rest = start === 0 && end >= rest.length ? "" : rest.slice(0, start) + rest.slice(end);
    }
    if (rest.trim()) kept.push(rest.trim());
  }
  return { text: kept.join(" "), removed };
}

/** The clause that holds sentence[from, to]: from its start marker to the next comma, semicolon, parenthesis or the full stop. */
function clauseAround(sentence: string, from: number, to: number): { start: number; end: number } {
  const starts = [...sentence.slice(0, from).matchAll(CLAUSE_START)];
  const last = starts[starts.length - 1];
  const after = /[,;)]|[.!?][”’"]?\s*$/.exec(sentence.slice(to));
  let end = after ? to + after.index : sentence.length;
  if (!last) return { start: 0, end: sentence.length }; // the whole sentence is the clause
  // "(email: [email protected])" goes with both parentheses, ", who can be reached at [email protected]," with both commas.
  const opening = last[0].trim();
  if ((opening === "(" && sentence[end] === ")") || (opening === "," && sentence[end] === ","))
    end++;
  return { start: last.index, end };
}
