// Where Folio's own files are (templates/, scripts/, package.json). Folio runs
// from its TypeScript sources (tests, tsx) and from the one-file bundle that
// `npm run build` makes of them under node_modules/.cache/ (no TypeScript
// compiler at run time): the first folder above this module that holds a
// package.json is the project's root in both.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let folder = from; ; folder = dirname(folder)) {
    if (existsSync(join(folder, "package.json"))) return folder;
    if (dirname(folder) === folder) throw new Error(`Folio's package.json is not above ${from}`);
  }
}

export const ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

/** A path inside Folio's own files, e.g. `fromRoot("templates", "print.css")`. */
export const fromRoot = (...parts: string[]): string => join(ROOT, ...parts);
