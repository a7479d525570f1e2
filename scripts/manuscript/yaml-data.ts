// YAML read as data, every problem a message placed in the file it came from:
// a manuscript's or a chapter's front matter, and a book's book.yaml.
import type { VFile } from "vfile";
import { closest, distance } from "fastest-levenshtein";
import { type Document, parseDocument } from "yaml";

/** YAML text and the line of the file it starts on (after `---` in front matter, 1 in book.yaml). */
export interface YamlText {
  text: string;
  firstLine: number;
}

export type Data = Record<string, unknown>;

export interface Place {
  line: number;
  column: number;
}

/** The mapping the text holds, or undefined (with messages on `file`) when it is not one. */
export function parseYaml(yaml: YamlText, file: VFile, what: string): { data: Data; doc: Document } | undefined {
  const doc = parseDocument(yaml.text, { schema: "core", uniqueKeys: true });
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    // YAML's own message ends with its position inside the block: ours is in the file.
    const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    file.message(`${what} is not valid YAML: ${reason}; check the brackets and quotes on this line and the one before`, {
      place: { line: yaml.firstLine + pos.line - 1, column: pos.col },
      ruleId: "front-matter-yaml",
      source: "folio",
    }).fatal = true;
  }
  if (doc.errors.length > 0) return undefined;
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { data: {}, doc };
  if (typeof data !== "object" || Array.isArray(data)) {
    file.message(`${what} must be a set of \`key: value\` lines`, {
      place: { line: yaml.firstLine, column: 1 },
      ruleId: "front-matter-yaml",
      source: "folio",
    }).fatal = true;
    return undefined;
  }
  return { data: data as Data, doc };
}

/** Where `key:` stands, for messages; the text's first line if absent. */
export function keyPlace(yaml: YamlText, key: string): Place {
  const index = yaml.text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return { line: yaml.firstLine + Math.max(index, 0), column: 1 };
}

/** The line and column in the file of an offset into the YAML text. */
export function offsetPlace(yaml: YamlText, offset: number): Place {
  const before = yaml.text.slice(0, offset).split("\n");
  return { line: yaml.firstLine + before.length - 1, column: before[before.length - 1].length + 1 };
}

export function toStringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return value.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map((s) => s.trim());
  return undefined;
}

export function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** ", did you mean `x`?" for a key one or two edits away from a known one. */
export function nearest(key: string, keys: string[]): string {
  const known = closest(key.toLowerCase(), keys);
  return distance(key.toLowerCase(), known) <= 2 ? ` (did you mean \`${known}\`?)` : "";
}

/** A warning for each key not in `keys`: it is ignored. */
export function warnUnknownKeys(data: Data, keys: string[], file: VFile, at: (key: string) => Place, noun = "front matter key"): void {
  for (const key of Object.keys(data)) {
    if (keys.includes(key)) continue;
    file.message(`Unknown ${noun} \`${key}\`${nearest(key, keys)}: it is ignored`, {
      place: at(key),
      ruleId: "front-matter-unknown-key",
      source: "folio",
    });
  }
}
