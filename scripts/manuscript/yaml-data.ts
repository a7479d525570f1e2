// Front matter and book.yaml read as data (markdown/front-matter-forms.ts
// parses them): lists, language tags and unknown keys, every problem a
// message placed in the file it came from.
import type { VFile } from "vfile";
import { closest, distance } from "fastest-levenshtein";
import type { BlockText, Data, Place } from "../markdown/front-matter-forms.ts";

/** Where `key:` stands, for messages; the text's first line if absent. */
export function keyPlace(yaml: BlockText, key: string): Place {
  const index = yaml.text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return { line: yaml.firstLine + Math.max(index, 0), column: 1 };
}

export function toStringList(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === "string")
    return value
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((v) => typeof v === "string"))
    return value.map((s) => s.trim());
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
export function warnUnknownKeys(
  data: Data,
  keys: string[],
  file: VFile,
  at: (key: string) => Place,
  noun = "front matter key",
): void {
  for (const key of Object.keys(data)) {
    if (keys.includes(key)) continue;
    file.message(`Unknown ${noun} \`${key}\`${nearest(key, keys)}: it is ignored`, {
      place: at(key),
      ruleId: "front-matter-unknown-key",
      source: "yaml-data",
    });
  }
}
