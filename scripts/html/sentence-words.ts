// The words of a tree's text in reading order, each with whether it opens a
// sentence: at the start of a block, or after a word that ends with `.`, `!`,
// `?` or `…` (and any closing quotes or brackets). A capitalised word inside a
// sentence is a name; one that opens a sentence may be any word.
import type { Element, Root } from "hast";
import { SKIP, visit } from "unist-util-visit";

/** Elements whose start is a sentence's start, whatever came before. */
const BLOCKS = new Set([
  "p",
  "li",
  "dt",
  "dd",
  "td",
  "th",
  "blockquote",
  "figcaption",
  "div",
  "section",
  "article",
  "aside",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * Replaces each whitespace-separated token of the text under `tree` by what
 * `each` returns for it. Elements `skip` accepts are passed over, and count as
 * no word: inline code in a sentence neither opens nor closes it.
 */
export function mapWords(
  tree: Root,
  skip: (element: Element) => boolean,
  each: (token: string, opensSentence: boolean) => string,
): void {
  let opens = true;
  visit(tree, (node) => {
    if (node.type === "element") {
      if (BLOCKS.has(node.tagName)) opens = true;
      if (skip(node)) return SKIP;
    }
    if (node.type !== "text") return;
    node.value = node.value.replace(/\S+/g, (token) => {
      const replaced = each(token, opens);
      opens = SENTENCE_END.test(token);
      return replaced;
    });
  });
}
