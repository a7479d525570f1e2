// A book's chapters: the files book.yaml lists, in its order, or else every
// .md file in the book's folder (but book.md), in the order of their names.
// Each gets a key: the id of its heading and the name of its EPUB file.
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { VFile } from "vfile";
import type { BookMeta } from "./book-meta.ts";
import type { Place } from "../markdown/front-matter-forms.ts";

export interface ChapterFile {
  path: string;
  /** Lower-case words joined by hyphens, unique in the book, e.g. `what-folio-does`. */
  key: string;
}

/** Ids and file names the editions use for their own parts: no chapter may take them. */
const RESERVED = new Set([
  "publication-title",
  "contents",
  "contents-heading",
  "about-the-author",
  "toc",
  "cover",
  "title-page",
]);

export async function chapterFiles(
  bookDir: string,
  meta: BookMeta,
  file: VFile,
  at: (key: string) => Place,
): Promise<ChapterFile[]> {
  const problem = (reason: string, place: Place) => {
    file.message(reason, { place, ruleId: "book-chapters", source: "chapter-files" }).fatal = true;
  };
  const paths: string[] = [];
  if (meta.chapters) {
    // Chapters may be shared with other publications of the manuscript folder (`../essay.md`), never taken from outside it.
    const root = dirname(bookDir);
    for (const { name, place } of meta.chapters) {
      const path = resolve(bookDir, name);
      const rel = relative(root, path);
      if (!name.endsWith(".md"))
        problem(
          `The chapter \`${name}\` is not a Markdown file: list the chapters' .md files`,
          place,
        );
      else if (isAbsolute(name) || rel.startsWith(`..${sep}`) || isAbsolute(rel))
        problem(
          `The chapter \`${name}\` is outside the manuscript folder: copy it into the book's folder`,
          place,
        );
      else if (
        !(await stat(path).then(
          (s) => s.isFile(),
          () => false,
        ))
      )
        problem(`The chapter \`${name}\` does not exist: check its name, or write it`, place);
      else if (paths.includes(path)) problem(`The chapter \`${name}\` is listed twice`, place);
      else paths.push(path);
    }
  } else {
    const names = (await readdir(bookDir))
      .filter((name) => name.endsWith(".md") && name !== "book.md" && !name.startsWith("."))
      .sort();
    paths.push(...names.map((name) => join(bookDir, name)));
  }
  if (paths.length === 0 && !file.messages.some((m) => m.fatal)) {
    problem(
      "The book has no chapters: write them as .md files in its folder, or list them under `chapters:`",
      at("chapters"),
    );
  }
  const taken = new Set<string>(RESERVED);
  return paths.map((path, i) => {
    const base = keyOf(path) || `chapter-${i + 1}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
    taken.add(key);
    return { path, key };
  });
}

/** `01-What Folio does.md` → `what-folio-does`: the ordering number is for the files, not the reader. */
function keyOf(path: string): string {
  return basename(path, ".md")
    .toLowerCase()
    .replace(/^\d+(?:[-_. ]+|$)/, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
