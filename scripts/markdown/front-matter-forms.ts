// The forms front matter comes in, each read into the same shape: the values
// of its keys and where each key stands in the file, for messages about it.
// YAML through `yaml` (every error, a duplicate key or an alias bomb included,
// a message, never a crash), TOML through smol-toml (its dates become ISO date
// text), a MultiMarkdown header by its few rules. Every problem is a message
// placed in the file.
import { parse as parseToml, TomlDate, TomlError } from "smol-toml";
import type { VFile } from "vfile";
import { type Document, isMap, isScalar, parseDocument } from "yaml";

export type Data = Record<string, unknown>;

export interface Place {
  line: number;
  column: number;
}

/** A block's text and the line of the file it starts on (after `---` in front matter, 1 in book.yaml). */
export interface BlockText {
  text: string;
  firstLine: number;
}

export interface Matter {
  data: Data;
  /** Where each key of `data` stands in the file; `a.b` for key `b` of table `a`. */
  places: Record<string, Place>;
}

/** The mapping a YAML text holds, or undefined (with messages on `file`) when it is not one. */
export function parseYaml(
  yaml: BlockText,
  file: VFile,
  what: string,
): { data: Data; doc: Document } | undefined {
  const fail = (reason: string, place: Place) => {
    file.message(reason, {
      place,
      ruleId: "front-matter-yaml",
      source: "front-matter-forms",
    }).fatal = true;
  };
  const doc = parseDocument(yaml.text, { schema: "core", uniqueKeys: true });
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
    // YAML's own message ends with its position inside the block: ours is in the file.
    const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    fail(
      `${what} is not valid YAML: ${reason}; check the brackets and quotes on this line and the one before`,
      { line: yaml.firstLine + pos.line - 1, column: pos.col },
    );
  }
  if (doc.errors.length > 0) return undefined;
  let data: unknown;
  try {
    data = doc.toJS(); // at most 100 aliases resolved: more is a "billion laughs" attack
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return void fail(
      `${what} repeats its aliases (\`*name\`) too often to be read: write the values out`,
      { line: yaml.firstLine, column: 1 },
    );
  }
  if (data === null || data === undefined) return { data: {}, doc };
  if (typeof data !== "object" || Array.isArray(data)) {
    return void fail(`${what} must be a set of \`key: value\` lines`, {
      line: yaml.firstLine,
      column: 1,
    });
  }
  return { data: data as Data, doc };
}

/** The line and column in the file of an offset into a block's text. */
export function offsetPlace(block: BlockText, offset: number): Place {
  const before = block.text.slice(0, offset).split("\n");
  return {
    line: block.firstLine + before.length - 1,
    column: before[before.length - 1].length + 1,
  };
}

export function readYaml(yaml: BlockText, file: VFile): Matter | undefined {
  const parsed = parseYaml(yaml, file, "The front matter");
  if (!parsed) return undefined;
  const places: Matter["places"] = {};
  const contents = parsed.doc.contents;
  for (const { key } of isMap(contents) ? contents.items : []) {
    if (isScalar(key) && key.range) places[String(key.value)] ??= offsetPlace(yaml, key.range[0]);
  }
  return { data: parsed.data, places };
}

export function readToml(toml: BlockText, file: VFile): Matter | undefined {
  let data: Data;
  try {
    data = parseToml(toml.text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    const reason = error.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
    file.message(
      `The front matter is not valid TOML: ${reason}; check the brackets and quotes on this line and the one before`,
      {
        place: { line: toml.firstLine + error.line - 1, column: error.column },
        ruleId: "front-matter-toml",
        source: "front-matter-forms",
      },
    ).fatal = true;
    return undefined;
  }
  for (const [key, value] of Object.entries(data)) {
    if (value instanceof TomlDate)
      data[key] = value.isTime() ? value.toISOString() : value.toISOString().slice(0, 10);
  }
  // smol-toml gives no positions: each `key =` and `[table]` line is found in the text.
  const places: Matter["places"] = {};
  let table = "";
  toml.text.split("\n").forEach((line, i) => {
    const header = /^\s*\[+\s*([^\]]+?)\s*\]+/.exec(line);
    const key = /^\s*(["']?)([^"'=\s]+)\1\s*=/.exec(line);
    if (header) table = header[1].replace(/["'\s]/g, "");
    const name = header ? table : key ? [table, key[2]].filter(Boolean).join(".") : "";
    const parts = name.split(".");
    for (let n = 1; name && n <= parts.length; n++)
      places[parts.slice(0, n).join(".")] ??= {
        line: toml.firstLine + i,
        column: line.search(/\S/) + 1,
      };
  });
  return { data, places };
}

/** `Key: value` lines, keys in any case (read in lower case); an indented line continues the value before it. */
export function readMultimarkdown(header: BlockText): Matter {
  const data: Data = {};
  const places: Matter["places"] = {};
  let last = "";
  header.text.split(/\r?\n/).forEach((line, i) => {
    const entry = /^([^:]+):(.*)$/.exec(line);
    if (/^[ \t]/.test(line) || !entry) {
      data[last] = `${data[last]} ${line.trim()}`;
      return;
    }
    last = entry[1].trim().toLowerCase();
    data[last] = entry[2].trim();
    places[last] ??= { line: header.firstLine + i, column: 1 };
  });
  return { data, places };
}
