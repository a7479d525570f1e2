// Straight quotes made curly: each lone `"` or `'` decided by the few
// characters around it, read from one string of all the text, by the rules
// retext-smartypants applies to parse-latin's tokens (./remark-typography.ts
// says why these are our own).
// The characters parse-latin (retext's tokenizer) sorts text by: white space,
// word characters (letters, marks, digits) and the rest, punctuation and
// symbols. It reads UTF-16 code units: a letter outside the BMP is a symbol.
export const SPACE =
  "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const space = new RegExp(`[${SPACE}]`);
const wordCharacter = /[\p{L}\p{M}\p{N}]/u;
// A sentence ends at these; a quote right after one closes it (`."`).
const terminal = /[.!?\u2026\u203d]/;
// Marks that join two words into one (`don't`, `rock-'n'-roll`, `a.b`) when
// they stand alone between them.
const inner = /[&'\-.:=?@\u00ad\u00b7\u2010\u2011\u2019\u2027]/;

type Kind = "none" | "space" | "word" | "mark";

function kind(text: string, at: number): Kind {
  if (at < 0 || at >= text.length) return "none";
  const c = text[at];
  return space.test(c) ? "space" : wordCharacter.test(c) ? "word" : "mark";
}

/** The end of the run of word characters that starts at `at`. */
function wordEnd(text: string, at: number): number {
  while (kind(text, at) === "word") at++;
  return at;
}

/**
 * Whether the mark at `at` stands alone (a run of one, or of underscores) and
 * is one that joins words: parse-latin's tokens are runs of one character.
 */
function joins(text: string, at: number): boolean {
  const c = text[at];
  if (c === "_") return true;
  return c !== undefined && inner.test(c) && text[at - 1] !== c && text[at + 1] !== c;
}

/** Whether a word can be reached from `at` going by `step` (±1) over joining marks only. */
function wordBeyondJoins(text: string, at: number, step: 1 | -1): boolean {
  for (;;) {
    const k = kind(text, at);
    if (k === "word") return true;
    if (k !== "mark" || !joins(text, at)) return false;
    const c = text[at];
    do at += step;
    while (c === "_" && text[at] === "_");
  }
}

/**
 * Whether the word that starts at `at` is only `pattern`: parse-latin joins
 * it to the next one over a joining mark (`80s-era`) and keeps a lone hyphen
 * after it (`80s-`).
 */
function wordIs(text: string, at: number, pattern: RegExp): boolean {
  const end = wordEnd(text, at);
  if (joins(text, end) && (text[end] === "-" || wordBeyondJoins(text, end, 1))) return false;
  return pattern.test(text.slice(at, end));
}

const OPEN = { '"': "“", "'": "‘" } as Record<string, string>;
const CLOSE = { '"': "”", "'": "’" } as Record<string, string>;

/**
 * Every lone straight quote in `text` made curly, by retext-smartypants'
 * rules on the tokens around it. A run of two or more (`''`, `""`) is left.
 */
export function curlQuotes(text: string): string {
  const out: string[] = [];
  let done = 0;
  // The second of two quotes opening together (`"'`), already decided.
  let opened = -1;
  for (let at = nextQuote(text, 0); at !== -1; at = nextQuote(text, at + 1)) {
    const q = text[at];
    if (text[at - 1] === q || text[at + 1] === q) continue;
    let curly: string;
    if (at === opened) curly = OPEN[q];
    else {
      curly = curl(text, at, q);
      if (curly === BOTH_OPEN) {
        curly = OPEN[q];
        opened = at + 1;
      }
    }
    out.push(text.slice(done, at), curly);
    done = at + 1;
  }
  out.push(text.slice(done));
  return out.join("");
}

function nextQuote(text: string, from: number): number {
  const d = text.indexOf('"', from);
  const s = text.indexOf("'", from);
  return d === -1 ? s : s === -1 ? d : Math.min(d, s);
}

// What `curl` answers for a quote that opens together with the next one.
const BOTH_OPEN = "both";

function curl(text: string, at: number, q: string): string {
  const open = OPEN[q];
  const close = CLOSE[q];
  const previous = kind(text, at - 1);
  const next = kind(text, at + 1);

  // `'n'` between two words (rock 'n' roll, fish-'n'-chips) is "and" with a
  // letter elided on each side: both marks are apostrophes. (smartypants
  // opened the first, ‘n’, as a quote; a quoted letter, `'n',`, stays one.)
  if (
    q === "'" &&
    /[\p{L}\p{N}][ -]$/u.test(text.slice(0, at)) &&
    /^'n'[ -]\p{L}/iu.test(text.slice(at, at + 5))
  )
    return close;

  // Inside a word: an apostrophe between words or marks that join them
  // (`don't`, `rock-'n'-roll`), which parse-latin makes one word.
  if (q === "'" && wordBeyondJoins(text, at - 1, -1) && wordBeyondJoins(text, at + 1, 1)) {
    if (next !== "word") return close;
    const following = text.slice(at + 1, wordEnd(text, at + 1));
    if (/^\d\ds$/.test(following) || previous === "word" || following === "s") return close;
    return open; // after a joining mark, before a word: `rock-'n'` opens, as smartypants does
  }

  // Right after the end of a sentence (`."`, `?'`): parse-latin moves the
  // quote to the end of that sentence, so it closes. (smartypants opened it
  // when a lower-case word followed with no space, `"Stop!"she`: a typo.)
  if (terminal.test(text[at - 1] ?? "")) return close;

  if (next === "mark") {
    const runEnd = runOf(text, at + 1);
    const afterNext = kind(text, runEnd);
    // A quote before other marks and no word: `"),` or `'."` closes. (If
    // the marks end a sentence and a word follows with no space, `".NET`,
    // smartypants closed it: the word was in the next sentence.)
    if (afterNext !== "word") return close;
    // Two quotes opening together: `"'Quoted' words"`.
    const other = text[at + 1];
    if ((other === '"' || other === "'") && runEnd === at + 2) return BOTH_OPEN;
    // Marks and then a word: `"(see`, `"...and` open, unless a word is right before.
    return previous === "word" ? close : open;
  }
  if (next === "word") {
    // A decade: `'90s`.
    if (wordIs(text, at + 1, /^\d\ds$/)) return close;
    if (previous === "word") return close;
    // `'s` opening a sentence is an elision (`'s Gravenhage`); inside one, a
    // quoted letter (`an 's'`).
    if (q === "'" && wordIs(text, at + 1, /^s$/) && startsSentence(text, at)) return close;
    return open;
  }
  // Before a space or at the end.
  return close;
}

/** Whether only white space is between `at` and the end of a sentence or the start of the text. */
function startsSentence(text: string, at: number): boolean {
  while (kind(text, at - 1) === "space") at--;
  return at === 0 || terminal.test(text[at - 1]);
}

/** The end of the run of the same mark that starts at `at`. */
function runOf(text: string, at: number): number {
  const c = text[at];
  let end = at + 1;
  while (text[end] === c) end++;
  return end;
}
