// Links between a book's chapters, once every chapter is loaded: a link to
// another chapter (`method.md`) or to a heading in it (`method.md#sampling`)
// becomes a link to the id that chapter or heading has in the book, marked
// `a.chapter-link` (print adds its page number). A `#sampling` this chapter
// lacks may name a heading of exactly one other chapter, as in a long text
// split into chapters. A chapter or heading that does not exist is an error:
// a cross-reference that leads nowhere is a mistake the writer must see.
import { dirname, resolve } from "node:path";
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { CHAPTER_LINK, missingAnchor } from "./rehype-links.ts";

export interface ChapterTarget {
  /** The chapter's file, absolute. */
  path: string;
  /** Its id in the book. */
  key: string;
  /** Each id its Markdown gave, and the id it has in the book (rehype-chapter-ids). */
  ids: ReadonlyMap<string, string>;
}

export interface Options {
  /** This chapter. */
  here: ChapterTarget;
  chapters: ChapterTarget[];
}

const rehypeChapterLinks: Plugin<[Options], Root> = function ({ here, chapters }) {
  return (tree, file) => {
    const fail = (node: Element, reason: string) => {
      file.message(reason, { place: node.position, ruleId: "link-target", source: "folio" }).fatal = true;
    };
    const link = (node: Element, target: ChapterTarget, id: string) => {
      node.properties.href = `#${id}`;
      if (target !== here) node.properties.className = [...((node.properties.className as string[]) ?? []), "chapter-link"];
    };
    visit(tree, "element", (node, index, parent) => {
      const href = node.tagName === "a" && typeof node.properties.href === "string" ? node.properties.href : undefined;
      if (href === undefined) return;
      if (href.startsWith("#")) {
        const id = decodeURIComponent(href.slice(1));
        const local = here.ids.get(id);
        if (local) return void (node.properties.href = `#${local}`);
        const elsewhere = chapters.filter((chapter) => chapter.ids.has(id));
        if (elsewhere.length === 1) return void link(node, elsewhere[0], elsewhere[0].ids.get(id)!);
        // As rehype-links does in an article: a warning, and the text without the link.
        file.message(missingAnchor(href), { place: node.position, ruleId: "link-target", source: "folio" });
        if (parent && index !== undefined) parent.children.splice(index, 1, ...node.children);
        return index;
      }
      if (!CHAPTER_LINK.test(href)) return;
      const [name, fragment = ""] = href.split("#", 2);
      const path = resolve(dirname(here.path), decodeURIComponent(name));
      const target = chapters.find((chapter) => chapter.path === path);
      if (!target) {
        return void fail(node, `The link \`${href}\` points at \`${name}\`, which is no chapter of this book: link one of the files book.yaml lists`);
      }
      const id = fragment === "" ? target.key : target.ids.get(decodeURIComponent(fragment));
      if (!id) {
        return void fail(node, `The link \`${href}\` points at no heading or note of \`${name}\`: check the heading's id (its words in lower case, joined by hyphens)`);
      }
      link(node, target, id);
    });
  };
};

export default rehypeChapterLinks;
