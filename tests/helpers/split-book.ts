// Splits one long Markdown file into a book: a chapter file per top-level
// (`#`) heading, in order (file-name order: `01-…`, `02-…`), and a book.yaml
// with the file's title and author. Headings are found by parsing, so a `#`
// line inside a code block stays where it is.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Heading, Yaml } from "mdast";
import { parse } from "yaml";
import { VFile } from "vfile";
import { parseMarkdown } from "../../scripts/pipeline.ts";

export async function splitIntoBook(source: string, dir: string): Promise<string[]> {
  const text = await readFile(source, "utf8");
  const tree = parseMarkdown(new VFile({ value: text }));
  const yaml = tree.children.find((node): node is Yaml => node.type === "yaml");
  const meta = (yaml ? parse(yaml.value) : {}) as { title?: string; author?: string };
  const headings = tree.children.filter(
    (node): node is Heading => node.type === "heading" && node.depth === 1,
  );
  const starts = headings.map((node) => node.position!.start.offset!);
  await mkdir(dir, { recursive: true });
  const names: string[] = [];
  for (const [i, start] of starts.entries()) {
    // `03-options.md`: the number orders the files, the words name the chapter.
    const words = text
      .slice(start, headings[i].position!.end.offset)
      .replace(/^#\s*/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    const name = `${String(i + 1).padStart(2, "0")}-${words}.md`;
    await writeFile(join(dir, name), text.slice(start, starts[i + 1] ?? text.length));
    names.push(name);
  }
  const book = [
    `title: ${JSON.stringify(meta.title ?? "Untitled")}`,
    `author: ${JSON.stringify(meta.author ?? "Anonymous")}`,
    "lang: en",
    "",
  ];
  await writeFile(join(dir, "book.yaml"), book.join("\n"));
  return names;
}
