// Soft hyphens (U+00AD) in the text of the print editions, from Liang's TeX
// patterns for the manuscript's language (the `hyphen` package): Chromium on
// Linux has no hyphenation dictionaries, so CSS `hyphens: auto` does nothing.
// Headings, code and web addresses are left whole.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { addressText } from "./address.ts";

export interface Options {
  /** The manuscript's language tag, e.g. `en`, `en-GB`, `de`. */
  lang: string;
}

type Hyphenate = (text: string) => string;

const LEAVE_WHOLE = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd", "samp", "var", "script", "style"]);

const rehypeHyphenate: Plugin<[Options], Root> = function (options) {
  return async (tree) => {
    const hyphenate = await patternsFor(options.lang);
    if (!hyphenate) return;
    visit(tree, (node) => {
      if (node.type === "element" && (LEAVE_WHOLE.has(node.tagName) || addressText(node))) return SKIP;
      if (node.type === "text") node.value = node.value.replace(/\S+/g, (token) => hyphenateToken(token, hyphenate));
    });
  };
};

/** Words of capitals (NATO) and anything like an address (a/b, x@y, www.) stay whole. */
function hyphenateToken(token: string, hyphenate: Hyphenate): string {
  if (/[/@]|www\./.test(token)) return token;
  return token.replace(/\p{L}[\p{Ll}\p{M}'’]{4,}/gu, (word) => hyphenate(word));
}

/** The patterns for `en-GB`, else for `en`; none for a language without patterns. */
async function patternsFor(lang: string): Promise<Hyphenate | undefined> {
  const tag = lang.toLowerCase();
  for (const name of [tag, tag.split("-")[0]]) {
    try {
      // CommonJS modules: under ESM their exports arrive as `default`.
      const module = (await import(`hyphen/${name}/index.js`)) as { default: { hyphenateSync: Hyphenate } };
      return module.default.hyphenateSync;
    } catch {
      // no patterns under that name: try the next
    }
  }
  return undefined;
}

export default rehypeHyphenate;
