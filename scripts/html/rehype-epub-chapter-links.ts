// EPUB: one file per chapter, so a link to an id in another chapter
// (`#method--sampling`, as the book's one tree has it) must name that
// chapter's file: `method.xhtml#method--sampling`.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

export interface Options {
  /** This chapter's file. */
  file: string;
  /** The file each id of the book is in. */
  fileOf: ReadonlyMap<string, string>;
}

const rehypeEpubChapterLinks: Plugin<[Options], Root> = function ({ file, fileOf }) {
  return (tree) => {
    visit(tree, "element", (node) => {
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href !== "string" || !href.startsWith("#")) return;
      const target = fileOf.get(decodeURIComponent(href.slice(1)));
      if (target && target !== file) node.properties.href = `${target}${href}`;
    });
  };
};

export default rehypeEpubChapterLinks;
