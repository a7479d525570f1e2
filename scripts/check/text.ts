// Comparing the manuscript's words with the words a PDF shows: line breaks,
// justification, hyphenation (soft hyphens, and the hyphen printed at a break),
// break opportunities in addresses and ligatures all differ between the two,
// so both sides are flattened the same way before comparing.

/**
 * Text without spaces, hyphens, soft hyphens, zero-width characters, the marks of
 * direction pdftotext puts around right-to-left text, and combining marks (which
 * pdftotext gives before their letter in right-to-left text: Arabic's vowel signs);
 * ligatures unfolded.
 */
export function flat(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\p{Mn}\s\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u2010\u2011-]+/gu, "")
    .toLowerCase();
}

/**
 * Text as search and copy see it, folded to compare what the manuscript says
 * with what a PDF gives: without spaces and zero-width characters, ligatures
 * unfolded, in lower case. Hyphens and soft hyphens stay. The marks of
 * direction (LRM, RLM, embeddings, isolates) go too: invisible, pdf.js leaves
 * them out of the text where poppler kept them (a saved page's RLM before a
 * Twitter handle).
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069]+/g, "")
    .toLowerCase();
}

/** The text of a hast node and its descendants. */
export { hastText } from "../html/hast-text.ts";

/** "“text”" shortened to `max` characters for a message. */
export function quote(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}

/**
 * Letters and digits alone, in lower case: the Markdown's text and an
 * edition's compared past what typography, hyphenation and line breaks change
 * (curly quotes, dashes, a hyphen at a line's end).
 */
export function letters(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}
