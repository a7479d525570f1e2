// Links an edition can keep: web and mail addresses, and links to a heading or
// note of the same manuscript (a `#Fragment` that matches no id as written but
// exactly one when case is ignored leads to that one). Any other address (`/url`, `page.html`) leads
// nowhere in a PDF or an EPUB: it is a warning, and the link's text stays
// without the link. In a book's chapter (`options.chapter`), links to other
// chapters (`method.md#sampling`) and to headings this chapter lacks are left
// for rehype-chapter-links, which sees the whole book.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

export interface Options {
  /** The file is one chapter of a book. */
  chapter?: boolean;
}

const KEPT = /^(?:https?:|mailto:)/i;
/** A relative link to a Markdown file, with or without a fragment: another chapter. */
export const CHAPTER_LINK = /^(?![a-z][a-z0-9+.-]*:)[^#?]+\.md(?:#.*)?$/i;

/** A part of an address with its `%20`s decoded; with a stray `%` (which decoding refuses), as written. */
export function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** `id` if `ids` has it, else the one id that matches it when case is ignored (`#Maybe` for `## Maybe`). */
export function findId(
  ids: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  id: string,
): string | undefined {
  if (ids.has(id)) return id;
  const matches = [...ids.keys()].filter((key) => key.toLowerCase() === id.toLowerCase());
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * The address with its host in ASCII, as a browser reads it: `http://🍄.ga/`
 * reaches the tree as `http://%F0%9F%8D%84.ga/`, a host neither EPUBCheck nor a
 * reader's link can use, and becomes `http://xn--ei8h.ga/`.
 */
export function asciiHost(href: string): string {
  const host = /^https?:\/\/([^/?#@]*%[^/?#@]*)(?:[/?#]|$)/i.exec(href)?.[1];
  if (!host) return href;
  try {
    return href.replace(host, new URL(`http://${host}`).host);
  } catch {
    return href; // not a host even when decoded: left as written
  }
}

export function missingAnchor(href: string): string {
  return `The link \`${href}\` points at no heading or note of this manuscript: the editions show its text without the link`;
}

const rehypeLinks: Plugin<[Options?], Root> = function ({ chapter = false } = {}) {
  return (tree, file) => {
    const ids = new Set<string>();
    visit(tree, "element", (node) => {
      if (typeof node.properties.id === "string") ids.add(node.properties.id);
    });
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return;
      const href = typeof node.properties.href === "string" ? node.properties.href : undefined;
      if (href === undefined) return;
      if (KEPT.test(href)) return void (node.properties.href = asciiHost(href));
      const wanted = href.startsWith("#") ? decoded(href.slice(1)) : undefined;
      const id = wanted === undefined ? undefined : findId(ids, wanted);
      if (id === wanted && id !== undefined) return;
      if (id !== undefined) return void (node.properties.href = `#${id}`); // found when case is ignored
      if (chapter && (href.startsWith("#") || CHAPTER_LINK.test(href))) return;
      const reason = href.startsWith("#")
        ? missingAnchor(href)
        : `The link \`${href}\` is not a web address (https://…) or a heading of this manuscript: the editions show its text without the link`;
      file.message(reason, { place: node.position, ruleId: "link-target", source: "rehype-links" });
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
};

export default rehypeLinks;
