// Loads one publication from disk: an article (a manuscript, its checked front
// matter, its authors and their bios) or a book (a folder of chapters, see
// load-book.ts), all as trees ready for the editions. Every problem is a
// positioned message; fatal ones stop the build of this publication before
// anything is written.
import { stat } from "node:fs/promises";
import { basename, dirname, join, relative } from "node:path";
import type { VFile } from "vfile";
import { parseMarkdown, toHast } from "../pipeline.ts";
import { authorResolver, resolveAuthors } from "./authors.ts";
import { readFrontMatter } from "./front-matter.ts";
import { slugOf } from "./find.ts";
import { resolveImages } from "./images.ts";
import { loadBook } from "./load-book.ts";
import { TITLE_ID } from "../html/title-id.ts";
import type { Publication } from "../model.ts";
import { ManuscriptError } from "../errors.ts";
import { readText } from "./read-text.ts";
import { titleOf } from "./title.ts";

export { ManuscriptError } from "../errors.ts";

export async function loadPublication(
  path: string,
  cwd: string,
): Promise<{ publication: Publication; files: VFile[] }> {
  if (
    await stat(path).then(
      (s) => s.isDirectory(),
      () => false,
    )
  )
    return loadBook(path, cwd);
  const file = await readText(path, relative(cwd, path));
  const files = [file];
  const failed = () => files.some((f) => f.messages.some((m) => m.fatal));
  if (String(file.value).trim() === "") {
    file.message(
      "The manuscript is empty: write its text, and give it a title with `title: …` or a `# Heading`",
      {
        place: { line: 1, column: 1 },
        ruleId: "manuscript-empty",
        source: "load",
      },
    ).fatal = true;
  }
  if (failed()) throw new ManuscriptError(files);

  // The processor reads the front matter with the text: all their problems show in one run.
  // A plugin that finds the manuscript can't be set stops the run (file.fail).
  const body = await toHast(parseMarkdown(file), file).catch((error) => {
    if (failed()) throw new ManuscriptError(files);
    throw error;
  });
  await resolveImages(body, file, path, dirname(path));
  const given = readFrontMatter(file);
  if (!given || failed()) throw new ManuscriptError(files);
  const meta = { ...given, title: await titleOf(body, file, path, given.title, TITLE_ID) };

  // A page bundle's authors are looked up in its folder, then beside it (as a book's are).
  const bundle = basename(path) === "index.md";
  const folders = bundle
    ? [join(dirname(path), "authors"), join(dirname(path), "..", "authors")]
    : [join(dirname(path), "authors")];
  const authors = await resolveAuthors(meta.author, authorResolver(folders, cwd), {
    file,
    folders: bundle ? ", in the page bundle or beside it," : "",
  });
  for (const author of authors) if (author.file) files.push(author.file);
  if (failed()) throw new ManuscriptError(files);
  const chapter = { file, id: TITLE_ID, title: meta.title, kind: meta.kind, authors, body };
  const publication = {
    slug: slugOf(path),
    file,
    meta,
    authors,
    contributors: authors,
    chapters: [chapter],
    folders,
  };
  return { publication, files };
}
