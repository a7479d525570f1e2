// Loads one publication from disk: the manuscript, its checked front matter,
// its authors and their bios, all as trees ready for the editions. Every
// problem is a positioned message; fatal ones stop the build of this
// publication before anything is written.
import { basename, dirname, join, relative } from "node:path";
import type { Root as HastRoot } from "hast";
import type { Root, Yaml } from "mdast";
import type { VFile } from "vfile";
import { parseMarkdown, toHast } from "../markdown/processor.ts";
import { type Author, resolveAuthor } from "./authors.ts";
import { type FrontMatter, placeOfKey, readFrontMatter } from "./front-matter.ts";
import { resolveImages } from "./images.ts";
import { readText } from "./read-text.ts";

export interface Publication {
  slug: string;
  /** The manuscript; its messages are the build's warnings and errors. */
  file: VFile;
  meta: FrontMatter;
  authors: Author[];
  /** The article body as hast, with GFM footnotes. */
  body: HastRoot;
}

export class ManuscriptError extends Error {
  constructor(readonly files: VFile[]) {
    super("the manuscript has errors");
  }
}

export async function loadPublication(path: string, cwd: string): Promise<{ publication: Publication; files: VFile[] }> {
  const file = await readText(path, relative(cwd, path));
  const files = [file];
  const failed = () => files.some((f) => f.messages.some((m) => m.fatal));
  if (failed()) throw new ManuscriptError(files);

  const tree = parseMarkdown(file);
  const meta = readFrontMatter(tree, file);
  if (!meta || failed()) throw new ManuscriptError(files);

  const authors: Author[] = [];
  for (const value of meta.author) {
    const author = await resolveAuthor(value, join(dirname(path), "authors"), cwd);
    if (!author) {
      file.message(`No author file for \`${value}\`: create authors/${value}.md with \`name:\` and a bio, or write the author's full name`, {
        place: authorPlace(tree),
        ruleId: "author-missing",
        source: "folio",
      }).fatal = true;
      continue;
    }
    if (author.file) files.push(author.file);
    authors.push(author);
  }
  // A plugin that finds the manuscript can't be set stops the run (file.fail).
  const body = await toHast(tree, file).catch((error) => {
    if (failed()) throw new ManuscriptError(files);
    throw error;
  });
  await resolveImages(body, file, path, dirname(path));
  if (failed()) throw new ManuscriptError(files);
  return { publication: { slug: basename(path, ".md"), file, meta, authors, body }, files };
}

/** Where `author:` stands, for the message about an author id with no file. */
function authorPlace(tree: Root) {
  const yaml = tree.children.find((node): node is Yaml => node.type === "yaml");
  return yaml ? placeOfKey(yaml, "author") : { line: 2, column: 1 };
}
