// The description (the PDFs' Subject, the EPUB's dc:description): the first
// paragraph's first sentence, and its second too when the first is short.
// A full stop after one of these does not end the sentence: "Mr. Goble", "the U.S. State Department", "Kassym J. Tokayev".
const ABBREVIATIONS = new RegExp(
  `\\b(?:${"Mr Mrs Ms Dr Prof St Gen Col Lt Sen Rep Gov Jr Sr vs etc e\\.g i\\.e U\\.S U\\.K U\\.N No Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec [A-Z]"
    .split(" ")
    .join("|")})\\.$`,
);
const LONG_ENOUGH = 100;

export function sentences(text: string): string[] {
  const found: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?][”’"')]?(?=\s+[“"‘(]?[\p{Lu}\d])/gu)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(text.slice(start, match.index + 1))) continue;
    found.push(text.slice(start, end).trim());
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) found.push(text.slice(start).trim());
  return found;
}

export function describe(paragraph: string): string | undefined {
  const [first, second] = sentences(paragraph.replace(/\s+/g, " ").trim());
  if (!first) return undefined;
  return first.length < LONG_ENOUGH && second ? `${first} ${second}` : first;
}
