// The front matter a manuscript may carry: its keys, their types, and the
// positioned messages for anything else. The schema is written once, here,
// and is both the check and the TypeScript type.
import type { Root, Yaml } from "mdast";
import type { VFile } from "vfile";
import { closest, distance } from "fastest-levenshtein";
import { parseDocument } from "yaml";
import { takePandocTitleBlock } from "./pandoc-title-block.ts";

export interface FrontMatter {
  title: string;
  /** A label such as "OpEd", shown above the title. */
  kind?: string;
  /** Author ids (files in authors/) or plain names. */
  author: string[];
  lang: string;
  description?: string;
  keywords: string[];
  paper: "a4" | "letter";
  /** An ISBN or URN; otherwise one is derived from the slug. */
  identifier?: string;
  date?: string;
  /** The canonical address of the original, for an imported article. */
  source?: string;
}

const KEYS = ["title", "kind", "author", "lang", "description", "keywords", "paper", "identifier", "date", "source", "inline-sources"];
const PAPERS = ["a4", "letter"] as const;

/**
 * Reads and checks the front matter (YAML, or else a Pandoc title block);
 * every problem becomes a message on `file`.
 */
export function readFrontMatter(tree: Root, file: VFile): FrontMatter | undefined {
  const node = tree.children.find((child): child is Yaml => child.type === "yaml");
  const data = node ? parseYaml(node, file) : takePandocTitleBlock(tree, file);
  if (!node && !data) {
    file.message("The manuscript has no front matter: start it with a `---` block that gives at least `title:`", {
      place: { line: 1, column: 1 },
      ruleId: "front-matter-missing",
      source: "folio",
    }).fatal = true;
    return undefined;
  }
  if (!data) return undefined;
  const at = (key: string) => (node ? placeOfKey(node, key) : { line: 1, column: 1 });
  const fail = (key: string, reason: string) => {
    file.message(reason, { place: at(key), ruleId: "front-matter-type", source: "folio" }).fatal = true;
  };

  for (const key of Object.keys(data)) {
    if (!KEYS.includes(key)) {
      file.message(`Unknown front matter key \`${key}\`${nearest(key)}: it is ignored`, {
        place: at(key),
        ruleId: "front-matter-unknown-key",
        source: "folio",
      });
    }
  }

  const title = data.title;
  if (title === undefined) fail("title", "The front matter has no `title`: add `title: …`");
  else if (typeof title !== "string" || title.trim() === "") fail("title", "`title` must be one line of text");

  const authors = toStringList(data.author);
  if (authors === undefined) fail("author", "`author` must be an author id, a name, or a list of them");

  const lang = data.lang ?? "en";
  if (typeof lang !== "string" || !isLanguageTag(lang)) {
    fail("lang", "`lang` must be a language tag such as `en`, `en-GB` or `ru`");
  }
  const keywords = toStringList(data.keywords);
  if (keywords === undefined) fail("keywords", "`keywords` must be a list of words or a comma-separated line");
  const paper = String(data.paper ?? "a4").toLowerCase();
  if (!PAPERS.includes(paper as FrontMatter["paper"])) fail("paper", "`paper` must be `a4` or `letter`");
  // Read by remark-source-notes itself; checked here with the other keys.
  if (!["boolean", "undefined"].includes(typeof data["inline-sources"])) fail("inline-sources", "`inline-sources` must be true or false");
  for (const key of ["kind", "description", "identifier", "date", "source"]) {
    if (data[key] !== undefined && typeof data[key] !== "string") fail(key, `\`${key}\` must be text`);
  }
  if (file.messages.some((m) => m.fatal)) return undefined;

  return {
    title: (title as string).trim(),
    kind: data.kind as string | undefined,
    author: authors ?? [],
    lang: lang as string,
    description: (data.description as string | undefined)?.trim(),
    keywords: keywords ?? [],
    paper: paper as FrontMatter["paper"],
    identifier: data.identifier as string | undefined,
    date: data.date as string | undefined,
    source: data.source as string | undefined,
  };
}

function parseYaml(node: Yaml, file: VFile): Record<string, unknown> | undefined {
  const doc = parseDocument(node.value, { schema: "core", uniqueKeys: true });
  const startLine = (node.position?.start.line ?? 1) + 1; // the YAML starts after `---`
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    // YAML's own message ends with its position inside the block: ours is in the file.
    const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    file.message(`The front matter is not valid YAML: ${reason}; check the brackets and quotes on this line and the one before`, {
      place: { line: startLine + pos.line - 1, column: pos.col },
      ruleId: "front-matter-yaml",
      source: "folio",
    }).fatal = true;
  }
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== "object" || Array.isArray(data)) {
    file.message("The front matter must be a set of `key: value` lines", {
      place: node.position?.start,
      ruleId: "front-matter-yaml",
      source: "folio",
    }).fatal = true;
    return undefined;
  }
  return data as Record<string, unknown>;
}

/** Where `key:` stands in the front matter, for messages; the block's start if absent. */
export function placeOfKey(node: Yaml, key: string) {
  const lines = node.value.split("\n");
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  const start = node.position?.start ?? { line: 1, column: 1 };
  return index < 0 ? { line: start.line, column: 1 } : { line: start.line + 1 + index, column: 1 };
}

function toStringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((s) => s.trim());
  return undefined;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** ", did you mean `x`?" for a key one or two edits away from a known one. */
function nearest(key: string): string {
  const known = closest(key.toLowerCase(), KEYS);
  return distance(key.toLowerCase(), known) <= 2 ? ` (did you mean \`${known}\`?)` : "";
}
