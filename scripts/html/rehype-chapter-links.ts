// Links between a book's chapters, once every chapter is loaded: a link to
// another chapter (`method.md`) or to a heading in it (`method.md#sampling`)
// becomes a link to the id that chapter or heading has in the book, marked
// `a.chapter-link` (print adds its page number). A `#sampling` this chapter
// lacks may name a heading of exactly one other chapter, as in a long text
// split into chapters. A fragment that matches no id as written but exactly
// one when case is ignored (`appendix_b.md#Maybe` for `## Maybe`) leads there.
// A chapter or heading that does not exist is an error: a cross-reference that
// leads nowhere is a mistake the writer must see. A Markdown file that exists
// but is not a chapter (a GitBook's README.md) is a warning, as a link that is
// no web address is in rehype-links: the editions show the link's text.
import { dirname, resolve } from "node:path";
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { CHAPTER_LINK, decoded, findId, missingAnchor } from "./rehype-links.ts";

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
  /** Markdown files that exist but are no chapter, absolute: links to them are warnings, not errors. */
  others: ReadonlySet<string>;
}

const rehypeChapterLinks: Plugin<[Options], Root> = function ({ here, chapters, others }) {
  return (tree, file) => {
    const fail = (node: Element, reason: string) => {
      file.message(reason, {
        place: node.position,
        ruleId: "link-target",
        source: "rehype-chapter-links",
      }).fatal = true;
    };
    // As rehype-links does in an article: a warning, and the text without the link.
    const unlink = (
      node: Element,
      index: number | undefined,
      parent: Root | Element | undefined,
      reason: string,
    ) => {
      file.message(reason, {
        place: node.position,
        ruleId: "link-target",
        source: "rehype-chapter-links",
      });
      if (parent && index !== undefined) parent.children.splice(index, 1, ...node.children);
      return index;
    };
    const link = (node: Element, target: ChapterTarget, id: string) => {
      node.properties.href = `#${id}`;
      if (target !== here)
        node.properties.className = [
          ...((node.properties.className as string[]) ?? []),
          "chapter-link",
        ];
    };
    visit(tree, "element", (node, index, parent) => {
      const href =
        node.tagName === "a" && typeof node.properties.href === "string"
          ? node.properties.href
          : undefined;
      if (href === undefined) return;
      if (href.startsWith("#")) {
        const id = decoded(href.slice(1));
        const local = idIn(here.ids, id);
        if (local) return void (node.properties.href = `#${local}`);
        const elsewhere = chapters.filter((chapter) => idIn(chapter.ids, id));
        if (elsewhere.length === 1)
          return void link(node, elsewhere[0], idIn(elsewhere[0].ids, id)!);
        return unlink(node, index, parent, missingAnchor(href));
      }
      if (!CHAPTER_LINK.test(href)) return;
      const [name, fragment = ""] = href.split("#", 2);
      const path = resolve(dirname(here.path), decoded(name));
      const target = chapters.find((chapter) => chapter.path === path);
      if (!target && others.has(path)) {
        return unlink(
          node,
          index,
          parent,
          `The link \`${href}\` points at \`${name}\`, which is not a chapter of this book: the editions show its text without the link`,
        );
      }
      if (!target) {
        return void fail(
          node,
          `The link \`${href}\` points at \`${name}\`, which is no chapter of this book: link one of the files book.yaml lists`,
        );
      }
      const id = fragment === "" ? target.key : idIn(target.ids, decoded(fragment));
      if (!id) {
        return void fail(
          node,
          `The link \`${href}\` points at no heading or note of \`${name}\`: check the heading's id (its words in lower case, joined by hyphens)`,
        );
      }
      link(node, target, id);
    });
  };
};

export default rehypeChapterLinks;

/** The book's id for the chapter's `id`, found as findId finds it. */
function idIn(ids: ReadonlyMap<string, string>, id: string): string | undefined {
  const found = findId(ids, id);
  return found === undefined ? undefined : ids.get(found);
}
