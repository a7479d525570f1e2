// Headings that skip a level (a `#` heading, then a `###` one) fail
// accessibility checkers (Ace's `heading-order`), and a PDF's bookmarks or an
// EPUB's navigation can't nest them. Each is a warning where it stands, and
// every edition gets the headings renumbered so that none is skipped: each
// goes one level under the heading it belongs to (h1, h3, h3, h2, h4 → h1, h2,
// h2, h2, h3). The text stands under its title, an h1: a first `###` is an h2.
import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const LEVEL = /^h([1-6])$/;

const rehypeHeadingLevels: Plugin<[], Root> = function () {
  return (tree, file) => {
    const marks = (level: number) => "#".repeat(level);
    for (const { node, written, after } of closeLevels(headingsOf(tree))) {
      const before =
        after === undefined
          ? "right under the title (a `#` heading)"
          : `after a \`${marks(after)}\` one`;
      file.message(
        `A \`${marks(written)}\` heading ${before} skips a level: the editions print it one level under the heading it belongs to; make it \`${marks((after ?? 1) + 1)}\``,
        {
          place: node.position,
          ruleId: "heading-skip",
          source: "rehype-heading-levels",
        },
      );
    }
  };
};

export default rehypeHeadingLevels;

/** The tree's headings, in order. */
export function headingsOf(tree: Root): Element[] {
  const headings: Element[] = [];
  visit(tree, "element", (node) => {
    if (LEVEL.test(node.tagName)) headings.push(node);
  });
  return headings;
}

/**
 * Renumbers `headings` so that none is more than one level under the one
 * before it, and returns those that were, with the levels they were written
 * at and the level of the heading before them (undefined for the first: the title's).
 */
export function closeLevels(
  headings: Element[],
): { node: Element; written: number; after?: number }[] {
  const skipped: { node: Element; written: number; after?: number }[] = [];
  // The open headings, each with the level it was written at and the level it is given; the title first.
  const open = [{ written: 1, given: 1 }];
  let before: number | undefined;
  for (const node of headings) {
    const written = Number(LEVEL.exec(node.tagName)![1]);
    if (written > (before ?? 1) + 1) skipped.push({ node, written, after: before });
    before = written;
    while (open.length > 0 && open[open.length - 1].written >= written) open.pop();
    const given = open.length > 0 ? open[open.length - 1].given + 1 : 1;
    open.push({ written, given });
    node.tagName = `h${given}`;
  }
  return skipped;
}
