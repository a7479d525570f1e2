// For the lint plugins: where a pattern occurs in a text node, found in the
// source as written (escapes, entities, the indentation of list items and
// quotes included), so that each message points at the exact line and column.
import type { Nodes, Text } from "mdast";
import type { VFile } from "vfile";

export interface SourceMatch {
  text: string;
  place?: { line: number; column: number };
}

type Point = { line: number; column: number; offset?: number };

export function matchesIn(
  node: Text,
  parent: Nodes | undefined,
  file: VFile,
  pattern: RegExp,
): SourceMatch[] {
  const found = written(node, parent, file);
  const source = found?.text ?? node.value;
  return [...source.matchAll(pattern)].map((match) => ({
    text: match[0],
    place: found && placeIn(source, match.index!, found.start),
  }));
}

/** Where `node`, which shows `text`, starts in the file: its own place, or else found in its parent's. */
export function placeOf(
  node: Nodes,
  text: string,
  parent: Nodes | undefined,
  file: VFile,
): Point | undefined {
  return node.position?.start ?? found(text, parent, file)?.start;
}

/** The node's text as written and where it starts, or undefined for text a plugin made up. */
function written(
  node: Text,
  parent: Nodes | undefined,
  file: VFile,
): { text: string; start: Point } | undefined {
  const { start, end } = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined || file.value === undefined)
    return found(node.value, parent, file);
  return { text: String(file.value).slice(start.offset, end.offset), start };
}

/**
 * A node without a place, split off by a plugin (GFM's `www.` autolinks,
 * remark-source-notes cutting parentheses out): its text, found in its parent's source.
 */
function found(
  text: string,
  parent: Nodes | undefined,
  file: VFile,
): { text: string; start: Point } | undefined {
  const outer = parent?.position;
  if (
    outer?.start.offset === undefined ||
    outer.end.offset === undefined ||
    file.value === undefined
  )
    return undefined;
  const around = String(file.value).slice(outer.start.offset, outer.end.offset);
  const at = around.indexOf(text);
  if (at < 0) return undefined;
  return { text, start: { ...placeIn(around, at, outer.start), offset: outer.start.offset + at } };
}

/** The line and column of `index` in `text`, which starts at `start`. */
function placeIn(text: string, index: number, start: Point) {
  const before = text.slice(0, index).split("\n");
  return before.length > 1
    ? { line: start.line + before.length - 1, column: before[before.length - 1].length + 1 }
    : { line: start.line, column: start.column + index };
}
