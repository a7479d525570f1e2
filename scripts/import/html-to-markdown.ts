// The extracted article's HTML as Markdown, through the unified family:
// rehype-parse → rehype-remark gives mdast, which remark-stringify writes.
import type { Root, RootContent, Table } from "mdast";
import { visit } from "unist-util-visit";
import { importHtmlProcessor as processor } from "../pipeline.ts";
import { plainText } from "./body.ts";

export async function htmlToMarkdownTree(html: string): Promise<Root> {
  return (await processor.run(processor.parse(html))) as Root;
}

/**
 * Takes out the images: a page's images are remote files, which the build
 * refuses (it never fetches anything). Returns their alt texts, for the report.
 * A link that held only an image goes with it, and so does a line break
 * that ends up at the start of a paragraph. A table whose header row is left
 * empty was the layout of a picture and its caption (Blogger's): its rows
 * with words in them become paragraphs (an empty header fails Ace by DAISY).
 */
export function removeImages(tree: Root): string[] {
  const removed: string[] = [];
  visit(tree, (node, index, parent) => {
    if ((node.type !== "image" && node.type !== "imageReference") || !parent || index === undefined)
      return;
    removed.push(node.alt ?? "");
    parent.children.splice(index, 1);
    return index;
  });
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    const emptyLink = node.type === "link" && plainText(node).trim() === "";
    if (!emptyLink && !(node.type === "break" && index === 0)) return;
    parent.children.splice(index, 1);
    return index;
  });
  tree.children = tree.children.flatMap((node) =>
    node.type === "table" ? tableOrParagraphs(node) : isEmpty(node) ? [] : [node],
  );
  return removed;
}

function tableOrParagraphs(table: Table): RootContent[] {
  if (plainText(table.children[0]).trim() !== "") return [table];
  return table.children
    .filter((row) => plainText(row).trim() !== "")
    .map((row) => ({
      type: "paragraph",
      children: row.children.flatMap((cell, i) => [
        ...(i > 0 ? [{ type: "text", value: " " } as const] : []),
        ...cell.children,
      ]),
    }));
}

function isEmpty(node: RootContent): boolean {
  return (node.type === "paragraph" || node.type === "heading") && plainText(node).trim() === "";
}
