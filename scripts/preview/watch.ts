// Which files changed: node's own recursive fs.watch over the manuscripts'
// folders and templates/, no library. It watches folders, not files, so that
// an editor's save by rename (write a copy, move it over) is seen like any
// other; and a burst of events from one save (an editor writes, renames,
// touches) is gathered into one call after a short quiet.
import { type FSWatcher, watch } from "node:fs";
import { resolve } from "node:path";

/** How long a save's events are gathered: editors emit 2-4 events within a few milliseconds. */
const QUIET_MS = 30;

/** Calls `changed` with the absolute paths changed under `folders`; returns what stops it. */
export function watchFolders(folders: string[], changed: (files: string[]) => void): () => void {
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = [...new Set(folders)].map((folder) =>
    watch(folder, { recursive: true }, (_event, name) => {
      if (!name) return;
      pending.add(resolve(folder, name.toString()));
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...pending];
        pending = new Set();
        changed(files);
      }, QUIET_MS);
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
  };
}
