// Loads one publication from disk: an article (a manuscript, its checked front
// matter, its authors and their bios) or a book (a folder of chapters, see
// load-book.ts), all as trees ready for the editions. Every problem is a
// positioned message; fatal ones stop the build of this publication before
// anything is written.
import { stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type { VFile } from "vfile";
import { parseMarkdown, toHast } from "../markdown/processor.ts";
import { resolveAuthor, resolveAuthors } from "./authors.ts";
import { readFrontMatter } from "./front-matter.ts";
import { resolveImages } from "./images.ts";
import { loadBook } from "./load-book.ts";
import { ManuscriptError, type Publication, TITLE_ID } from "./publication.ts";
import { readText } from "./read-text.ts";

export { type Book, type Chapter, ManuscriptError, type Publication } from "./publication.ts";

export async function loadPublication(path: string, cwd: string): Promise<{ publication: Publication; files: VFile[] }> {
  if (await stat(path).then((s) => s.isDirectory(), () => false)) return loadBook(path, cwd);
  const file = await readText(path, relative(cwd, path));
  const files = [file];
  const failed = () => files.some((f) => f.messages.some((m) => m.fatal));
  if (failed()) throw new ManuscriptError(files);

  const tree = parseMarkdown(file);
  const meta = readFrontMatter(tree, file);
  if (!meta || failed()) throw new ManuscriptError(files);

  const authors = await resolveAuthors(meta.author, (value) => resolveAuthor(value, join(dirname(path), "authors"), cwd), {
    file, tree, line: 2, folders: "",
  });
  for (const author of authors) if (author.file) files.push(author.file);
  // A plugin that finds the manuscript can't be set stops the run (file.fail).
  const body = await toHast(tree, file).catch((error) => {
    if (failed()) throw new ManuscriptError(files);
    throw error;
  });
  await resolveImages(body, file, path, dirname(path));
  if (failed()) throw new ManuscriptError(files);
  const chapter = { file, id: TITLE_ID, title: meta.title, kind: meta.kind, authors, body };
  return { publication: { slug: basename(path, ".md"), file, meta, authors, contributors: authors, chapters: [chapter] }, files };
}
