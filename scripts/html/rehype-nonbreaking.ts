// Where a line must not break: a footnote call stays on the line of the word
// it follows (the space a writer may type before `[^1]` goes), a title stays
// with the name after it (`Mr. Goble`, `Dr. Watson`), an initial with what
// follows (`J. R. Tolkien`, `U. S. Army`), a page with its number (`p. 12`).
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const NBSP = "\u00a0";
const BEFORE_NAME =
  /(?<![\p{L}.])(Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gen|Col|Capt|Lt|Sgt|Rev|Fr|No|Nos|p|pp|vol|ch|fig)\. (?=[\p{L}\p{N}])/gu;
const INITIAL = /(?<![\p{L}.])(\p{Lu})\. (?=\p{Lu})/gu;

const rehypeNonbreaking: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, (node, index, parent) => {
      if (node.type === "element" && (node.tagName === "code" || node.tagName === "pre"))
        return "skip";
      if (node.type === "text") {
        node.value = node.value.replace(BEFORE_NAME, `$1.${NBSP}`).replace(INITIAL, `$1.${NBSP}`);
        return;
      }
      const isCall =
        node.type === "element" &&
        node.tagName === "sup" &&
        node.children.some((c) => c.type === "element" && "dataFootnoteRef" in c.properties);
      const before = isCall && parent && index ? parent.children[index - 1] : undefined;
      if (before?.type === "text") before.value = before.value.trimEnd();
    });
  };
};

export default rehypeNonbreaking;
