// Links an edition can keep: web and mail addresses, and links to a heading or
// note of the same manuscript. Any other address (`/url`, `page.html`) leads
// nowhere in a PDF or an EPUB: it is a warning, and the link's text stays
// without the link.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const KEPT = /^(?:https?:|mailto:)/i;

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
      const reason = href.startsWith("#")
        ? `The link \`${href}\` points at no heading or note of this manuscript: the editions show its text without the link`
        : `The link \`${href}\` is not a web address (https://…) or a heading of this manuscript: the editions show its text without the link`;
      file.message(reason, { place: node.position, ruleId: "link-target", source: "folio" });
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
};

export default rehypeLinks;
