// CSS `unicode-range` values (https://drafts.csswg.org/css-fonts/#unicode-range-desc):
// read from Fontsource's packages to tell which file holds a character, and
// written for each subset face, naming exactly the characters it was cut to.

/** Inclusive ranges of code points. */
export type CodePointRanges = [number, number][];

/** "U+0000-00FF,U+0131" as ranges; wildcards (`U+4??`) are not used by Fontsource. */
export function parseUnicodeRange(value: string): CodePointRanges {
  return value.split(",").map((part) => {
    const [first, last = first] = part.trim().replace(/^U\+/i, "").split("-");
    return [parseInt(first, 16), parseInt(last, 16)];
  });
}

export function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** The code points as a `unicode-range` value, neighbours joined into ranges. */
export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    while (sorted[i + 1] === sorted[i] + 1) i++;
    const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
    parts.push(sorted[i] === first ? `U+${hex(first)}` : `U+${hex(first)}-${hex(sorted[i])}`);
  }
  return parts.join(",");
}
