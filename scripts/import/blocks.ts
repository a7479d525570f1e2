// Text copied from a web page: one paragraph a line, blank lines between
// some, none between others. A line that continues the previous one (it ends
// mid-sentence and the next starts in lower case) was wrapped, and is joined.
export interface Block {
  text: string;
  /** The line it starts on, 1-based, for the report. */
  line: number;
}

export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let open: Block | undefined;
  text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .forEach((raw, i) => {
      const line = raw.trim().replace(/[ \t]+/g, " ");
      if (!line) {
        open = undefined;
        return;
      }
      if (open && !/[.!?:;”"’)*]$/.test(open.text) && /^\p{Ll}/u.test(line))
        open.text += ` ${line}`;
      else blocks.push((open = { text: line, line: i + 1 }));
    });
  return blocks;
}

/** "Paul Goble", "Aigerim Seitkali", "Jean-Paul de la Rue": a name alone on a line. */
export function isName(text: string): boolean {
  const words = text.split(" ");
  if (words.length < 2 || words.length > 5 || text.length > 50) return false;
  return words.every(
    (word) =>
      /^\p{Lu}[\p{L}’'.-]*$/u.test(word) || /^(?:de|da|van|von|der|la|le|al|bin|ibn)$/.test(word),
  );
}

/** "12 March 2024", "March 12, 2024", "2024-03-12": a date alone on a line. */
export function isDate(text: string): boolean {
  const month = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
  return new RegExp(
    `^(?:\\d{1,2} ${month},? \\d{4}|${month} \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
    "i",
  ).test(text.trim());
}
