// Files of the pagedjs-cli package that Folio uses but its package.json
// `exports` hides (src/outline.js, dist/browser.js: the Paged.js bundle the
// page runs, and the outline writer): found beside the package's entry point,
// src/index.js. Files a package does not export may move in any release, so
// package.json pins pagedjs-cli to the version these paths were read in (0.4.3).
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const entry = pathToFileURL(createRequire(import.meta.url).resolve("pagedjs-cli"));

/** The file:// URL of a file of pagedjs-cli, given relative to its src/ folder. */
export function pagedjsCliFile(relative: string): URL {
  return new URL(relative, entry);
}
