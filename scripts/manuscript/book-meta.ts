// A book's own file: book.yaml, or the front matter of book.md. It names the
// book (title, subtitle, authors or editors, language, paper…) and may list
// its chapters in order. Every problem is a message placed in that file.
import type { Yaml } from "mdast";
import type { VFile } from "vfile";
import { isScalar, isSeq } from "yaml";
import { parseMarkdown } from "../pipeline.ts";
import type { CommonMeta } from "../model.ts";
import { checkText, readCommonKeys, readNames, readTitle } from "./common-keys.ts";
import { readText } from "./read-text.ts";
import {
  type BlockText,
  offsetPlace,
  parseYaml,
  type Place,
} from "../markdown/front-matter-forms.ts";
import { keyPlace, warnUnknownKeys } from "./yaml-data.ts";

export interface BookMeta extends CommonMeta {
  title: string;
  subtitle?: string;
  /** Author ids or plain names: who wrote the book. */
  author: string[];
  /** Editor ids or plain names: who put a collection together. */
  editor: string[];
  /** The chapter files as listed, relative to the book's folder; absent, every .md file in name order. */
  chapters?: { name: string; place: Place }[];
  /** `right`: in the handout, each chapter opens on a right-hand page, as books printed on both sides do. */
  chaptersStart: "any" | "right";
}

export interface BookFile {
  file: VFile;
  meta?: BookMeta;
  /** Where a key stands in the file, for messages about its value. */
  at: (key: string) => Place;
}

const KEYS = [
  "title",
  "subtitle",
  "author",
  "editor",
  "lang",
  "description",
  "keywords",
  "paper",
  "identifier",
  "date",
  "chapters",
  "chapters-start",
];

export async function readBookFile(path: string, shownPath: string): Promise<BookFile> {
  const file = await readText(path, shownPath);
  const yaml = file.messages.some((m) => m.fatal) ? undefined : yamlOf(file, path.endsWith(".md"));
  const at = (key: string) => (yaml ? keyPlace(yaml, key) : { line: 1, column: 1 });
  const parsed =
    yaml && parseYaml(yaml, file, path.endsWith(".md") ? "The front matter" : "book.yaml");
  if (!yaml || !parsed) return { file, at };
  const { data, doc } = parsed;
  const fail = (key: string, reason: string, ruleId = "front-matter-type") => {
    file.message(reason, { place: at(key), ruleId, source: "book-meta" }).fatal = true;
  };
  warnUnknownKeys(
    data,
    KEYS,
    file,
    at,
    path.endsWith(".md") ? "front matter key" : "book.yaml key",
  );
  const title = readTitle(data, fail, true);
  const author = readNames(data, "author", fail);
  const editor = readNames(data, "editor", fail);
  const common = readCommonKeys(data, fail);
  for (const key of ["subtitle", "description", "identifier", "date"]) checkText(data, key, fail);
  const start = data["chapters-start"] ?? "any";
  if (start !== "any" && start !== "right")
    fail("chapters-start", "`chapters-start` must be `right` or `any`");

  // Each chapter with the place of its line, for a message about that chapter.
  let chapters: BookMeta["chapters"];
  const list = doc.get("chapters", true);
  if (list !== undefined) {
    const items = isSeq(list) ? list.items.filter(isScalar) : [];
    if (
      !isSeq(list) ||
      items.length !== list.items.length ||
      items.some((item) => typeof item.value !== "string")
    ) {
      fail(
        "chapters",
        "`chapters` must be a list of the chapters' Markdown files, in order, such as `- 01-introduction.md`",
      );
    } else {
      chapters = items.map((item) => ({
        name: String(item.value),
        place: offsetPlace(yaml, item.range?.[0] ?? 0),
      }));
    }
  }
  if (file.messages.some((m) => m.fatal)) return { file, at };
  const subtitle = (data.subtitle as string | undefined)?.trim();
  return {
    file,
    meta: {
      ...common,
      title: title!,
      subtitle,
      author,
      editor,
      chapters,
      chaptersStart: start as BookMeta["chaptersStart"],
    },
    at,
  };
}

/** The YAML of book.yaml, or of book.md's front matter (whose text, if any, is not part of the book). */
function yamlOf(file: VFile, markdown: boolean): BlockText | undefined {
  if (!markdown) return { text: String(file.value), firstLine: 1 };
  const tree = parseMarkdown(file);
  const node = tree.children.find((child): child is Yaml => child.type === "yaml");
  if (!node) {
    file.message(
      "book.md has no front matter: start it with a `---` block that gives at least `title:`",
      {
        place: { line: 1, column: 1 },
        ruleId: "front-matter-missing",
        source: "book-meta",
      },
    ).fatal = true;
    return undefined;
  }
  const text = tree.children.find((child) => child.type !== "yaml");
  if (text) {
    file.message(
      "The text of book.md is not part of the book: put it in a chapter (a Markdown file the book lists)",
      {
        place: text.position?.start,
        ruleId: "book-text",
        source: "book-meta",
      },
    );
  }
  return { text: node.value, firstLine: (node.position?.start.line ?? 1) + 1 };
}
