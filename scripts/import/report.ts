// What the import tells the editor: on stdout each value with where it came
// from and what Readability dropped, information to read; on stderr its
// messages, each problem or guess at its place in the input, as the build
// prints its own, so that every guess can be checked before the build.
import type { VFile } from "vfile";
import { describeMessage } from "../report.ts";
import type { ImportLog } from "./draft.ts";

export function formatReport(log: ImportLog, input: string): string {
  const lines = [`Imported ${input}.`, "", "Found:"];
  const width = Math.max(...log.found.map((f) => f.field.length));
  for (const { field, value, from } of log.found) {
    lines.push(`  ${field.padEnd(width)}  ${value}${from ? `  (${from})` : ""}`);
  }
  if (log.dropped.length > 0) {
    const heading = "Dropped, as what the page left around the article:";
    lines.push("", heading, ...log.dropped.map((d) => `  ${d}`));
  }
  return `${lines.join("\n")}\n`;
}

/**
 * `input.txt:16:1: warning: reason [rule-id]`, in the order of the input; a
 * message about the whole input (no author found) has no place to show, and
 * comes first as `input.txt: warning: …`.
 */
export function formatImportMessages(file: VFile): string[] {
  const messages = [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const place = (m: VFile["messages"][number]) => (m.line ? `:${m.line}:${m.column ?? 1}` : "");
  return messages.map((m) => `${file.path}${place(m)}: ${describeMessage(m)}`);
}
