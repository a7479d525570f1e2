// How messages reach a person: `path:line:column: error: reason`, the form
// editors and terminals turn into links, and never a stack trace.
import type { VFile } from "vfile";

export function formatMessages(files: VFile[]): string[] {
  return files.flatMap((file) =>
    file.messages.map((m) => {
      const where = `${file.path}:${m.line ?? 1}:${m.column ?? 1}`;
      return `${where}: ${m.fatal ? "error" : "warning"}: ${m.reason}`;
    }),
  );
}

export function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
