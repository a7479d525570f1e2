// What the loaders share about a publication (its types are in model.ts):
// the error that stops one with a manuscript's problems, and its authors
// counted once.
import type { VFile } from "vfile";
import type { Author } from "../model.ts";

export class ManuscriptError extends Error {
  constructor(readonly files: VFile[]) {
    super("the manuscript has errors");
  }
}

/** Each author once, in the order given: an author id or a plain name is one person. */
export function uniqueAuthors(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((author) => {
    const key = author.id ?? author.name;
    return !seen.has(key) && seen.add(key);
  });
}
