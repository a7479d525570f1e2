// rehype-raw, run only on a tree that has raw HTML in it. It re-parses the
// whole tree through parse5 to turn the manuscript's HTML into elements: 0.13 s
// of the Pandoc manual's load, which has no HTML at all. On a tree without
// `raw` nodes it changes nothing an edition shows (it joins neighbouring text
// nodes, writes a boolean property as "", marks the root's quirks mode):
// compared on the manual, two essays, the RFC, the bundled manuscripts and a
// GFM example with notes, the same EPUB files and the same PDF text and pages.
import type { Root } from "hast";
import rehypeRaw from "rehype-raw";
import type { Plugin } from "unified";
import { EXIT, visit } from "unist-util-visit";

const rehypeRawWhereNeeded: Plugin<[], Root> = () => {
  const raw = rehypeRaw();
  return (tree, file) => (hasRaw(tree) ? raw(tree, file) : tree);
};

function hasRaw(tree: Root): boolean {
  let found = false;
  visit(tree, "raw", () => {
    found = true;
    return EXIT;
  });
  return found;
}

export default rehypeRawWhereNeeded;
