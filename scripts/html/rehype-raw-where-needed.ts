// rehype-raw, run only on a tree that has raw HTML in it. It re-parses the
// whole tree through parse5 to turn the manuscript's HTML into elements: 0.13 s
// of the Pandoc manual's load, which has no HTML at all. A tree without `raw`
// nodes comes out of it as it went in (compared on the corpus: the manual, the
// books, the essays and every GFM example without HTML), so it is left alone.
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
