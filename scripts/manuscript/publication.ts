// What the loaders share about a publication (its types are in model.ts, the
// error that stops one with a manuscript's problems in errors.ts): its
// authors counted once.
import type { Author } from "../model.ts";

/** Each author once, in the order given: an author id or a plain name is one person. */
export function uniqueAuthors(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((author) => {
    const key = author.id ?? author.name;
    return !seen.has(key) && seen.add(key);
  });
}
