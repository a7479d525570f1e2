// How messages reach a person: `path:line:column: error: reason [rule-id]`,
// the form editors and terminals turn into links (the rule id last, as
// ESLint and remark-lint print it, so that a writer can look it up), and never
// a stack trace.
import type { VFile } from "vfile";

type Message = VFile["messages"][number];

/** Each message (or those `keep` takes) after its place. */
export function formatMessages(
  files: VFile[],
  keep: (m: Message) => boolean = () => true,
): string[] {
  return files.flatMap((file) =>
    file.messages
      .filter(keep)
      .map((m) => `${file.path}:${m.line ?? 1}:${m.column ?? 1}: ${describeMessage(m)}`),
  );
}

/** `error: reason [rule-id]`: a message after its place, here and in `check`'s report. */
export function describeMessage(m: Message): string {
  const rule = m.ruleId ? ` [${m.ruleId}]` : "";
  return `${m.fatal ? "error" : "warning"}: ${m.reason}${rule}`;
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.round(bytes / 1024)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
