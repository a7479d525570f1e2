// Loads one chapter of a book: its Markdown, its front matter if it has one
// (an article reused in a collection keeps its own), its authors, and its
// text as hast, with its title (as an article's: see title.ts) and ids fitted
// into the book.
import { dirname, relative } from "node:path";
import type { VFile } from "vfile";
import { chapterProcessor, parseMarkdown, toHast } from "../pipeline.ts";
import type { Author, Chapter } from "../model.ts";
import { resolveAuthors } from "./authors.ts";
import type { ChapterFile } from "./chapter-files.ts";
import { readChapterFrontMatter } from "./front-matter.ts";
import { resolveImages } from "./images.ts";
import { readText } from "./read-text.ts";
import { titleOf } from "./title.ts";

export interface ChapterContext {
  cwd: string;
  lang: string;
  author: (value: string) => Promise<Author | undefined>;
  /** Every file read, for the build's messages. */
  files: VFile[];
}

/** The chapter, or undefined when it has errors (they are messages on its file). */
export async function loadChapter(
  { path, key }: ChapterFile,
  context: ChapterContext,
): Promise<Chapter | undefined> {
  const file = await readText(path, relative(context.cwd, path));
  context.files.push(file);
  const failed = () => file.messages.some((m) => m.fatal);
  if (failed()) return undefined;
  // rehype-links leaves links to other chapters for the book to resolve.
  const body = await toHast(parseMarkdown(file), file, { chapter: true }).catch((error) => {
    if (failed()) return undefined;
    throw error;
  });
  if (!body) return undefined;
  await resolveImages(body, file, path, dirname(path));
  const meta = readChapterFrontMatter(file);
  if (!meta) return undefined;
  const title = await titleOf(body, file, path, meta.title);
  await chapterProcessor({ key, titleId: file.data.titleHeading?.id }).run(body, file);

  const authors = await resolveAuthors(meta.author, context.author, {
    file,
    folders: ", in the book's folder or the manuscript's,",
  });
  for (const author of authors)
    if (author.file && !context.files.includes(author.file)) context.files.push(author.file);
  if (failed()) return undefined;
  const lang = meta.lang !== context.lang ? meta.lang : undefined;
  return { file, id: key, title, kind: meta.kind, lang, authors, body };
}
