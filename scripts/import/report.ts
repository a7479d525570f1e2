// What the import tells the editor: each value with where it came from,
// what it dropped, so that every guess can be checked before the build.
import type { ImportLog } from "./draft.ts";

export function formatReport(log: ImportLog, input: string): string {
  const lines = [`Imported ${input}.`, "", "Found:"];
  const width = Math.max(...log.found.map((f) => f.field.length));
  for (const { field, value, from } of log.found) lines.push(`  ${field.padEnd(width)}  ${value}${from ? `  (${from})` : ""}`);
  if (log.dropped.length > 0) lines.push("", "Dropped, as what the page left around the article:", ...log.dropped.map((d) => `  ${d}`));
  return `${lines.join("\n")}\n`;
}
