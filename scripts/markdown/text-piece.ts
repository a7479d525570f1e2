// A plugin that cuts a text node in pieces should keep each piece's place in
// the source, so that later plugins' messages still point at a line and column.
import type { Text } from "mdast";
import type { VFile } from "vfile";

/** Part of a text node, placed in the source where the node's text is written as is (no escapes or entities). */
export function piece(node: Text, from: number, to: number, file: VFile): Text {
  const value = node.value.slice(from, to);
  const { start, end } = node.position ?? {};
  if (
    start?.offset === undefined ||
    end?.offset === undefined ||
    String(file.value).slice(start.offset, end.offset) !== node.value
  ) {
    return { type: "text", value };
  }
  const at = (index: number) => {
    const lines = node.value.slice(0, index).split("\n");
    const column = lines.length > 1 ? lines[lines.length - 1].length + 1 : start.column + index;
    return { line: start.line + lines.length - 1, column, offset: start.offset! + index };
  };
  return { type: "text", value, position: { start: at(from), end: at(to) } };
}
