// Which publications a build covers: each top-level `.md` file of a folder,
// each of its sub-folders that holds a book.yaml or book.md (a book; its
// authors/ and images/ are not publications) and each that holds an index.md
// (a Hugo or Zola page bundle: the post and its images), or the files and
// books named.
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { UsageError } from "../errors.ts";

/** The files that make a folder a book, in the order they are looked for. */
export const BOOK_FILES = ["book.yaml", "book.md"];

/** The book file of `folder`, if it is a book. */
export async function bookFileOf(folder: string): Promise<string | undefined> {
  for (const name of BOOK_FILES) {
    const path = join(folder, name);
    if (
      await stat(path).then(
        (s) => s.isFile(),
        () => false,
      )
    )
      return path;
  }
  return undefined;
}

/**
 * The name a publication's editions carry: a manuscript's file name without
 * `.md`, a book's folder name; a Hugo or Zola page bundle's folder name
 * (`some-post/index.md`), not `index`.
 */
export function slugOf(path: string): string {
  if (basename(path) === "index.md") return basename(dirname(path));
  return path.endsWith(".md") ? basename(path, ".md") : basename(path);
}

/** Manuscript files and book folders, as absolute paths. */
export async function findManuscripts(inputs: string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      found.push(...((await bookFileOf(path)) ? [path] : await publicationsIn(path)));
    } else if (BOOK_FILES.includes(basename(path))) {
      found.push(dirname(path));
    } else if (input.endsWith(".md")) {
      found.push(path);
    } else {
      throw new UsageError(
        `${input}: a manuscript is a Markdown file ending in .md, a book's folder, or a folder of them`,
      );
    }
  }
  if (found.length === 0)
    throw new UsageError(`No manuscript (.md file or book folder) found in ${inputs.join(", ")}`);
  return found;
}

/** The folder's manuscripts and books, in the order of their names. */
async function publicationsIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    if (entry.name.startsWith(".")) continue;
    const path = join(folder, entry.name);
    if (entry.name.endsWith(".md") && !entry.isDirectory()) found.push(path);
    else if (entry.isDirectory() && (await bookFileOf(path))) found.push(path);
    else if (
      entry.isDirectory() &&
      (await stat(join(path, "index.md")).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      found.push(join(path, "index.md"));
  }
  return found;
}
