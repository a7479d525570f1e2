// Pandoc's title block: up to three `%` lines at the very top of a file, for
// the title, the authors (separated by `;`) and the date. Manuscripts written
// for Pandoc keep theirs; remark reads the block as a paragraph, which is
// taken out of the text here.
import type { Root } from "mdast";
import type { VFile } from "vfile";
import type { Data, Matter } from "./front-matter-forms.ts";

export function takePandocTitleBlock(tree: Root, file: VFile): Matter | undefined {
  const first = tree.children[0];
  if (first?.type !== "paragraph" || first.position?.start.offset !== 0) return undefined;
  const source = String(file.value).slice(0, first.position.end.offset);
  const lines = source.split("\n");
  if (!lines.every((line) => line.startsWith("%"))) return undefined;
  tree.children.shift();
  const [title, authors, date] = lines.map((line) => line.slice(1).trim());
  const data: Data = { title };
  if (authors)
    data.author = authors
      .split(";")
      .map((name) => name.trim())
      .filter(Boolean);
  if (date) data.date = date;
  const places = Object.fromEntries(
    ["title", "author", "date"].map((key, i) => [key, { line: i + 1, column: 1 }]),
  );
  return { data, places };
}
