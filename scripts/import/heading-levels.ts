// A page's headings keep their order but not their levels: an article's
// subheadings are often <h3> or <h4> under the site's own <h1> and <h2>, and
// some skip a level (Ace by DAISY fails an EPUB whose headings do). The
// manuscript's title is its one `#`, so the article's headings start at `##`
// and each goes at most one level deeper than the heading it falls under.
import type { Root } from "mdast";
import { visit } from "unist-util-visit";

export function evenHeadingLevels(tree: Root): void {
  const open: number[] = []; // the page's levels of the headings the next one may fall under
  visit(tree, "heading", (heading) => {
    while (open.length > 0 && open[open.length - 1] >= heading.depth) open.pop();
    open.push(heading.depth);
    heading.depth = Math.min(open.length + 1, 6) as 2 | 3 | 4 | 5 | 6;
  });
}
