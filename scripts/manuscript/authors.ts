// An article names its authors by id (`author: paul-goble` → authors/paul-goble.md,
// whose bio is reused by every article of that author) or by plain name
// (`author: John MacFarlane`: the name is shown, there is no bio page).
// An author file gives `name:` in front matter of any form an article may use.
import { access } from "node:fs/promises";
import { join, relative } from "node:path";
import type { VFile } from "vfile";
import { parseMarkdown, toHast } from "../pipeline.ts";
import type { Author } from "../model.ts";
import { placeOfKey } from "./front-matter.ts";
import { readText } from "./read-text.ts";
import { warnUnknownKeys } from "./yaml-data.ts";

/** Lower-case words joined by hyphens: an id, never a name. */
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** The author, or undefined for an id with no author file. */
export async function resolveAuthor(
  value: string,
  authorsDir: string,
  cwd: string,
): Promise<Author | undefined> {
  const path = join(authorsDir, `${value}.md`);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (!exists) return ID.test(value) ? undefined : { name: value };

  const file = await readText(path, relative(cwd, path));
  if (file.messages.some((m) => m.fatal)) return { id: value, name: value, file };
  const tree = parseMarkdown(file);
  const bio = await toHast(tree, file);
  // Front matter the processor could not read (invalid YAML or TOML) has said so already.
  if (file.messages.some((m) => m.fatal)) return { id: value, name: value, file };
  const data = file.data.frontMatter?.data ?? {};
  warnUnknownKeys(data, ["name"], file, (key) => placeOfKey(file, key), "author file key");
  const name = typeof data.name === "string" ? data.name.trim() : "";
  if (!name) {
    file.message("The author file gives no `name:` in its front matter: add `name: …`", {
      place: placeOfKey(file, "name"),
      ruleId: "author-name",
      source: "authors",
    }).fatal = true;
  }
  if (!bio.children.some((node) => node.type === "element")) {
    file.message("The author file has no bio: write it as Markdown below the front matter", {
      place: tree.position?.end ?? { line: 1, column: 1 },
      ruleId: "author-bio",
      source: "authors",
    }).fatal = true;
  }
  return { id: value, name: name || value, bio, file };
}

/**
 * Resolves author values against folders in order (a book's authors/, then
 * the manuscript root's), each author read once per publication however many
 * chapters name it, so that the same author is the same object.
 */
export function authorResolver(
  dirs: string[],
  cwd: string,
): (value: string) => Promise<Author | undefined> {
  const cache = new Map<string, Promise<Author | undefined>>();
  const resolve = async (value: string) => {
    for (const dir of dirs) {
      if (
        await access(join(dir, `${value}.md`)).then(
          () => true,
          () => false,
        )
      )
        return resolveAuthor(value, dir, cwd);
    }
    return resolveAuthor(value, dirs[dirs.length - 1], cwd);
  };
  return (value) => {
    if (!cache.has(value)) cache.set(value, resolve(value));
    return cache.get(value)!;
  };
}

/**
 * Each of a manuscript's `author:` values resolved by `lookup`; one that is an
 * id with no author file is an error placed at `author:` (or at `line`, for a
 * Pandoc title block). `where` says where author files are looked for.
 */
export async function resolveAuthors(
  values: string[],
  lookup: (value: string) => Promise<Author | undefined>,
  where: { file: VFile; folders: string },
): Promise<Author[]> {
  const authors: Author[] = [];
  for (const value of values) {
    const author = await lookup(value);
    if (author) {
      authors.push(author);
      continue;
    }
    where.file.message(
      `No author file for \`${value}\`: create authors/${value}.md${where.folders} with \`name:\` and a bio, or write the author's full name`,
      {
        place: placeOfKey(where.file, "author"),
        ruleId: "author-missing",
        source: "authors",
      },
    ).fatal = true;
  }
  return authors;
}
