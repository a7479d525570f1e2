// The name in a byline as pages print it. Pages glue the date and a comment
// count to the name ("by Lucas Nolan22 Dec 2016651"), put the date on a line
// under it ("By GILLIAN MOHNEY\n March 11, 2015 3:46 PM"), or mark their
// dateline as the byline, so that a reader-mode extraction offers a date as
// the author ("21.dez.2018 às 10h55", "Sunday, Feb 1, 2015 11:57 AM UTC").
// A name has no digits, so a date, a time or a count starts at the first
// digit; the month or weekday names just before it belong to the date too.
// What is left before it is the name, and where nothing is left, there is none.
import type { ImportLog } from "./draft.ts";

// Month and weekday names, long and short, in English and the main European
// languages, as Intl spells them: "Feb", "Sunday", "dez.", "Montag".
const DATE_WORDS = new Set(
  ["en", "fr", "de", "es", "pt", "it", "nl", "pl", "sv", "ru"]
    .flatMap((locale) =>
      (["long", "short"] as const).flatMap((width) => [
        ...Array.from({ length: 12 }, (_, month) =>
          new Intl.DateTimeFormat(locale, { month: width }).format(new Date(2024, month, 15)),
        ),
        ...Array.from({ length: 7 }, (_, day) =>
          new Intl.DateTimeFormat(locale, { weekday: width }).format(new Date(2024, 0, day + 1)),
        ),
      ]),
    )
    .map(bare),
);
// Where a byline's parts meet: a line break, a bar or a bullet, a dash between spaces, a letter touching a digit ("Nolan22").
const PARTS = /\s*\n\s*|\s+[|·•–—-]\s+|(?<=\p{L})(?=\d)/u;

export interface BylineName {
  /** The name, or undefined where the byline holds none. */
  name?: string;
  /** What was taken away from it: the date, time or count. */
  dropped?: string;
}

export function bylineName(byline: string): BylineName {
  const text = byline
    .trim()
    .replace(/^by\s+/i, "")
    .replace(/[^\S\n]+/g, " ");
  const name = text
    .split(PARTS)
    .map((part) => beforeTheDate(part.trim()))
    .find((kept) => /\p{L}/u.test(kept));
  const dropped = (name === undefined ? text : text.replace(name, ""))
    .replace(/\s+/g, " ")
    .replace(/^[\s|·•–—,;:-]+|[\s|·•–—,;:-]+$/g, "");
  return { name, dropped: dropped || undefined };
}

/** "Steven Musil January 18, 2017 11:00 PM PST" → "Steven Musil"; "Sunday, Feb 1, 2015" → "". */
function beforeTheDate(part: string): string {
  const words = part.split(" ");
  let end = words.findIndex((word) => /\d/.test(word));
  if (end < 0) return part;
  while (end > 0 && DATE_WORDS.has(bare(words[end - 1]))) end--;
  return words
    .slice(0, end)
    .join(" ")
    .replace(/[\s,;:–—-]+$/, "");
}

/**
 * The first candidate that names someone, each name without the date, time or count glued to it;
 * a candidate with no name left in it is passed over, and the report says so.
 */
export function chooseAuthors(
  log: ImportLog,
  ...candidates: [string[] | null | undefined, string | undefined][]
): string[] {
  for (const [names, from = ""] of candidates) {
    if (!names) continue;
    const read = names.map(bylineName);
    const kept = read.flatMap(({ name }) => name ?? []);
    for (const [i, { name, dropped }] of read.entries()) {
      const why = name
        ? `“${dropped}” is no part of a name, dropped`
        : "no name in it, only a date, a time or a count: not an author";
      if (dropped) log.note("byline", names[i].replace(/\s+/g, " ").trim(), `${from}; ${why}`);
    }
    if (kept.length > 0) {
      log.note("author", kept.join(", "), from);
      return kept;
    }
  }
  return [];
}

/** "Feb.", "Sunday," and "dez" alike. */
function bare(word: string): string {
  return word.toLowerCase().replace(/[.,]+$/, "");
}
