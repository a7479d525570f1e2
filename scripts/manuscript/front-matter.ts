// The front matter a manuscript may carry: its keys, their types, and the
// positioned messages for anything else. The schema is written once, here,
// and is both the check and the TypeScript type. A book's chapter reads the
// same keys, none of them required.
import type { Root, Yaml } from "mdast";
import type { VFile } from "vfile";
import { checkText, type CommonMeta, readCommonKeys, readNames, readTitle } from "./common-keys.ts";
import { takePandocTitleBlock } from "./pandoc-title-block.ts";
import { type Data, keyPlace, parseYaml, type Place, warnUnknownKeys, type YamlText } from "./yaml-data.ts";

export interface FrontMatter extends CommonMeta {
  title: string;
  /** A label such as "OpEd", shown above the title. */
  kind?: string;
  /** Author ids (files in authors/) or plain names. */
  author: string[];
  /** The canonical address of the original, for an imported article. */
  source?: string;
}

/**
 * A chapter's front matter: an article's, with the title optional (the first
 * `#` heading gives it) and no language unless it says one (the book's applies).
 */
export type ChapterFrontMatter = Omit<FrontMatter, "title" | "lang"> & { title?: string; lang?: string };

const KEYS = ["title", "kind", "author", "lang", "description", "keywords", "paper", "identifier", "date", "source", "inline-sources"];

/**
 * Reads and checks the front matter (YAML, or else a Pandoc title block);
 * every problem becomes a message on `file`.
 */
export function readFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  const node = tree.children.find((child): child is Yaml => child.type === "yaml");
  const data = node ? parseYaml(yamlOf(node), file, "The front matter")?.data : takePandocTitleBlock(tree, file);
  if (!node && !data) {
    file.message("The manuscript has no front matter: start it with a `---` block that gives at least `title:`", {
      place: { line: 1, column: 1 },
      ruleId: "front-matter-missing",
      source: "folio",
    }).fatal = true;
    return undefined;
  }
  if (!data) return undefined;
  const meta = readKeys(data, file, node, true);
  return meta && { ...meta, title: meta.title!, lang: meta.lang! };
}

/** A chapter's front matter, which may be absent: then it is empty. */
export function readChapterFrontMatter(tree: Root, file: VFile): ChapterFrontMatter | undefined {
  const node = tree.children.find((child): child is Yaml => child.type === "yaml");
  const data = node ? parseYaml(yamlOf(node), file, "The front matter")?.data : {};
  return data && readKeys(data, file, node, false);
}

function readKeys(data: Data, file: VFile, node: Yaml | undefined, titleRequired: boolean): ChapterFrontMatter | undefined {
  const at = (key: string) => (node ? placeOfKey(node, key) : { line: 1, column: 1 });
  const fail = (key: string, reason: string) => {
    file.message(reason, { place: at(key), ruleId: "front-matter-type", source: "folio" }).fatal = true;
  };
  warnUnknownKeys(data, KEYS, file, at);
  const title = readTitle(data, fail, titleRequired);
  const author = readNames(data, "author", fail);
  const common = readCommonKeys(data, fail);
  // Read by remark-source-notes itself; checked here with the other keys.
  if (!["boolean", "undefined"].includes(typeof data["inline-sources"])) fail("inline-sources", "`inline-sources` must be true or false");
  for (const key of ["kind", "description", "identifier", "date", "source"]) checkText(data, key, fail);
  if (file.messages.some((m) => m.fatal)) return undefined;
  const lang = data.lang === undefined && !titleRequired ? undefined : common.lang;
  return { ...common, lang, title, kind: data.kind as string | undefined, author, source: data.source as string | undefined };
}

function yamlOf(node: Yaml): YamlText {
  return { text: node.value, firstLine: (node.position?.start.line ?? 1) + 1 }; // the YAML starts after `---`
}

/** Where `key:` stands in the front matter, for messages; the block's start if absent. */
export function placeOfKey(node: Yaml, key: string): Place {
  const start = node.position?.start ?? { line: 1, column: 1 };
  const found = node.value.split("\n").some((line) => line.startsWith(`${key}:`));
  return found ? keyPlace(yamlOf(node), key) : { line: start.line, column: 1 };
}
