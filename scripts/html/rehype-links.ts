// Links an edition can keep: web and mail addresses, and links to a heading or
// note of the same manuscript. Any other address (`/url`, `page.html`) leads
// nowhere in a PDF or an EPUB: it is a warning, and the link's text stays
// without the link. In a book's chapter (`file.data.chapter`), links to other
// chapters (`method.md#sampling`) and to headings this chapter lacks are left
// for rehype-chapter-links, which sees the whole book.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

declare module "vfile" {
  interface DataMap {
    /** The file is one chapter of a book. */
    chapter: boolean;
  }
}

const KEPT = /^(?:https?:|mailto:)/i;
/** A relative link to a Markdown file, with or without a fragment: another chapter. */
export const CHAPTER_LINK = /^(?![a-z][a-z0-9+.-]*:)[^#?]+\.md(?:#.*)?$/i;

export function missingAnchor(href: string): string {
  return `The link \`${href}\` points at no heading or note of this manuscript: the editions show its text without the link`;
}

const rehypeLinks: Plugin<[], Root> = function () {
  return (tree, file) => {
    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return;
      const href = typeof node.properties.href === "string" ? node.properties.href : undefined;
      if (href === undefined || KEPT.test(href)) return;
      if (href.startsWith("#") && ids.has(decodeURIComponent(href.slice(1)))) return;
      if (file.data.chapter && (href.startsWith("#") || CHAPTER_LINK.test(href))) return;
      const reason = href.startsWith("#")
        ? missingAnchor(href)
        : `The link \`${href}\` is not a web address (https://…) or a heading of this manuscript: the editions show its text without the link`;
      file.message(reason, { place: node.position, ruleId: "link-target", source: "folio" });
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
};

export default rehypeLinks;
