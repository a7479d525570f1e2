// Loads a book: a folder with a book.yaml (or book.md) and its chapters. The
// book's file names it; each chapter is loaded on its own, then the links
// between chapters are resolved, once every chapter's headings are known.
// Authors are looked up in the book's authors/, then the manuscript root's.
import { stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { ChapterTarget } from "../html/rehype-chapter-links.ts";
import { CHAPTER_LINK, decoded } from "../html/rehype-links.ts";
import type { Author, Chapter, Publication } from "../model.ts";
import { authorResolver } from "./authors.ts";
import { readBookFile } from "./book-meta.ts";
import { chapterFiles } from "./chapter-files.ts";
import { bookFileOf } from "./find.ts";
import { loadChapter } from "./load-chapter.ts";
import { bookLinksProcessor } from "../pipeline.ts";
import { ManuscriptError } from "../errors.ts";
import { uniqueAuthors } from "./publication.ts";

export async function loadBook(
  dir: string,
  cwd: string,
): Promise<{ publication: Publication; files: VFile[] }> {
  const path = (await bookFileOf(dir)) ?? join(dir, "book.yaml");
  const { file, meta, at } = await readBookFile(path, relative(cwd, path));
  const files = [file];
  const failed = () => files.some((f) => f.messages.some((m) => m.fatal));
  if (!meta || failed()) throw new ManuscriptError(files);

  const folders = [join(dir, "authors"), join(dirname(dir), "authors")];
  const author = authorResolver(folders, cwd);
  const people = async (key: "author" | "editor") => {
    const found: Author[] = [];
    for (const value of meta[key]) {
      const person = await author(value);
      if (person?.file && !files.includes(person.file)) files.push(person.file);
      if (person) found.push(person);
      else {
        file.message(
          `No author file for \`${value}\`: create authors/${value}.md, in the book's folder or the manuscript's, with \`name:\` and a bio, or write the full name`,
          {
            place: at(key),
            ruleId: "author-missing",
            source: "load-book",
          },
        ).fatal = true;
      }
    }
    return found;
  };
  const [authors, editors] = [await people("author"), await people("editor")];
  const sources = await chapterFiles(dir, meta, file, at);

  // Every chapter is loaded, so that one run shows the problems of all of them.
  const loaded: (Chapter | undefined)[] = [];
  for (const source of sources)
    loaded.push(await loadChapter(source, { cwd, lang: meta.lang, author, files }));
  if (failed()) throw new ManuscriptError(files);
  const chapters = loaded as Chapter[];
  const targets: ChapterTarget[] = chapters.map((chapter, i) => ({
    path: sources[i].path,
    key: chapter.id,
    ids: chapter.file.data.chapterIds ?? new Map(),
  }));
  const others = await linkedFiles(chapters, targets);
  for (const [i, chapter] of chapters.entries()) {
    await bookLinksProcessor({ here: targets[i], chapters: targets, others }).run(
      chapter.body,
      chapter.file,
    );
  }
  if (failed()) throw new ManuscriptError(files);

  const credited = authors.length > 0 ? authors : editors;
  const publication: Publication = {
    slug: basename(dir),
    file,
    meta: {
      title: meta.title,
      author: meta.author.length > 0 ? meta.author : meta.editor,
      lang: meta.lang,
      description: meta.description,
      keywords: meta.keywords,
      paper: meta.paper,
      identifier: meta.identifier,
      date: meta.date,
    },
    authors: credited,
    contributors: uniqueAuthors([
      ...authors,
      ...editors,
      ...chapters.flatMap((chapter) => chapter.authors),
    ]),
    chapters,
    book: { subtitle: meta.subtitle, authors, editors, chaptersStart: meta.chaptersStart },
    folders: [dir, ...folders],
  };
  return { publication, files };
}

/** The Markdown files the chapters link to that exist but are no chapter (a GitBook's README.md, say). */
async function linkedFiles(chapters: Chapter[], targets: ChapterTarget[]): Promise<Set<string>> {
  const linked = new Set<string>();
  for (const [i, chapter] of chapters.entries()) {
    visit(chapter.body, "element", (node) => {
      const href = node.tagName === "a" ? node.properties.href : undefined;
      if (typeof href === "string" && CHAPTER_LINK.test(href))
        linked.add(resolve(dirname(targets[i].path), decoded(href.split("#")[0])));
    });
  }
  const others = new Set<string>();
  for (const path of linked) {
    if (
      !targets.some((target) => target.path === path) &&
      (await stat(path).then(
        (s) => s.isFile(),
        () => false,
      ))
    )
      others.add(path);
  }
  return others;
}
