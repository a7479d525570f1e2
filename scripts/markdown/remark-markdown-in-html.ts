// Markdown written inside a raw HTML block is not read as Markdown: CommonMark
// takes an HTML block as it is, up to the next blank line, so a heading, a
// list, a link or emphasis there prints with its `#`, `-`, brackets and
// underscores (Pandoc-era chapters wrap text in `<markdown>…</markdown>`;
// a heading on the line after a closing tag joins the block). A positioned
// warning at the first such line says so, and how to have it read: blank
// lines around the Markdown. Comments, `<pre>`, `<script>` and `<style>`
// blocks hold what is not Markdown by design, and are left alone.
import type { Html, Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const VERBATIM = /^\s*<(?:!--|\?|![A-Za-z]|!\[CDATA\[|(?:pre|script|style|textarea)[\s>])/i;

// Lines that are Markdown and not HTML: an ATX heading, a list item, a link, a
// note's call, emphasis wrapped around words. (A note's definition there is
// remark-footnote-pairs' error, at its call.)
const MARKDOWN = [
  /^ {0,3}#{1,6}\s+\S/,
  /^ {0,3}(?:[-*+]|\d{1,9}[.)])\s+\S/,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /\[\^[^\]\s]+\](?!:)/,
  /(?:^|\s)([_*])\S(?:[^\n]*\S)?\1(?:[\s.,;:!?]|$)/,
];

const remarkMarkdownInHtml: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, "html", (node: Html, _, parent) => {
      if (parent?.type === "paragraph" || VERBATIM.test(node.value)) return; // inline HTML, or verbatim by design
      const lines = node.value.split("\n");
      // The first line is the opening tag; Markdown after it on that line is as unread as below it.
      const at = lines.findIndex((line, i) => {
        const text = i === 0 ? line.replace(/^\s*<[^>]*>/, "") : line;
        return !/^ {0,3}\[\^[^\]]+\]:/.test(text) && MARKDOWN.some((pattern) => pattern.test(text));
      });
      if (at < 0) return;
      const start = node.position?.start.line ?? 1;
      const shown = lines[at].trim().slice(0, 60);
      file.message(
        `\`${shown}\` is Markdown inside the raw HTML block that starts on line ${start}, where Markdown is not read: it prints as written; put a blank line before and after it to have it read as Markdown`,
        {
          place: { line: start + at, column: 1 },
          ruleId: "markdown-in-html",
          source: "remark-markdown-in-html",
        },
      );
    });
  };
};

export default remarkMarkdownInHtml;
