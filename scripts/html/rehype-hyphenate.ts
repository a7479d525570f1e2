// Soft hyphens (U+00AD) in the text of the print editions, from Liang's TeX
// patterns for the manuscript's language (the `hyphen` package): Chromium on
// Linux has no hyphenation dictionaries, so CSS `hyphens: auto` does nothing.
// As a typesetter would: never a proper name (a capitalised word inside a
// sentence: Kramarenko, Astana), nor a capitalised word that opens one unless
// the text has it in lower case too (Kazakhstan, not "Expanding"); never a
// word under six letters; at least three letters on each side of a break (the
// patterns allow two: "re-form", "love-ly"). Headings, code, web addresses and
// words of capitals (NATO) are left whole. German capitalises every noun, so
// there a capital says nothing of a name, and only the rest holds.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { addressText } from "./address.ts";
import { mapWords } from "./sentence-words.ts";

export interface Options {
  /** The manuscript's language tag, e.g. `en`, `en-GB`, `de`. */
  lang: string;
}

type Hyphenate = (text: string) => string;

const LEAVE_WHOLE = new Set([
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "code",
  "pre",
  "kbd",
  "samp",
  "var",
  "script",
  "style",
]);
/** Letters on each side of a break, and so twice that in a word. */
const MARGIN = 3;
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu;
/** Languages that capitalise every noun. */
const NOUNS_CAPITALISED = /^(de|lb)(-|$)/i;

const rehypeHyphenate: Plugin<[Options], Root> = function (options) {
  return async (tree) => {
    const hyphenate = await patternsFor(options.lang);
    if (!hyphenate) return;
    const capitalsAreNames = !NOUNS_CAPITALISED.test(options.lang);
    const skip = (element: Element) =>
      LEAVE_WHOLE.has(element.tagName) || addressText(element) !== undefined;
    // The words the text has in lower case: a capital that opens a sentence is no name there.
    const common = new Set<string>();
    mapWords(tree, skip, (token) => {
      for (const [word] of token.matchAll(WORD)) if (word === word.toLowerCase()) common.add(word);
      return token;
    });
    mapWords(tree, skip, (token, opensSentence) => {
      if (/[/@]|www\./.test(token)) return token; // like an address (a/b, x@y, www.)
      let first = true; // the token's first word is the one that may open a sentence (“Organization)
      return token.replace(WORD, (word) => {
        const opens = opensSentence && first;
        first = false;
        const lower = word.toLowerCase();
        if (letters(word) < 2 * MARGIN) return word;
        const capitalised = capitalsAreNames ? word !== lower : word.slice(1) !== lower.slice(1);
        const name =
          capitalised && !(opens && word.slice(1) === lower.slice(1) && common.has(lower));
        return name ? word : withMargins(hyphenate(word));
      });
    });
  };
};

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/** The soft hyphens of `word` that leave at least MARGIN letters on each side. */
function withMargins(word: string): string {
  const parts = word.split("\u00ad");
  return parts.reduce((text, part, i) => {
    const keep = letters(text) >= MARGIN && letters(parts.slice(i).join("")) >= MARGIN;
    return text + (keep ? "\u00ad" : "") + part;
  });
}

/** The patterns for `en-GB`, else for `en`; none for a language without patterns. */
async function patternsFor(lang: string): Promise<Hyphenate | undefined> {
  const tag = lang.toLowerCase();
  for (const name of [tag, tag.split("-")[0]]) {
    try {
      // CommonJS modules: under ESM their exports arrive as `default`.
      const module = (await import(`hyphen/${name}/index.js`)) as {
        default: { hyphenateSync: Hyphenate };
      };
      return module.default.hyphenateSync;
    } catch {
      // no patterns under that name: try the next
    }
  }
  return undefined;
}

export default rehypeHyphenate;
