// Hugo's and Zola's front matter keys under Folio's names, whatever the form:
// `authors` is `author`; `tags`, `keywords` and Zola's `taxonomies.tags` make
// the keywords; the other taxonomies stay as `taxonomies.<name>`, unknown keys
// like any other. Each key keeps the place of the key it came from.
import type { Data, Matter } from "./front-matter-forms.ts";

export function folioKeys({ data, places }: Matter): Matter {
  const result: Data = { ...data };
  const at = { ...places };
  const move = (from: string, to: string, value = result[from]) => {
    delete result[from];
    result[to] = value;
    at[to] ??= at[from];
  };
  if (result.authors !== undefined && result.author === undefined) move("authors", "author");

  const taxonomies = result.taxonomies;
  if (isTable(taxonomies)) {
    delete result.taxonomies;
    for (const [name, value] of Object.entries(taxonomies)) {
      result[`taxonomies.${name}`] = value;
      at[`taxonomies.${name}`] ??= places.taxonomies;
    }
  }
  // The keywords: one list of every one of these keys that is given; one that is no list stays, to be reported.
  const lists = ["keywords", "tags", "taxonomies.tags"].filter((key) => result[key] !== undefined);
  if (lists.length > 0 && lists.every((key) => Array.isArray(result[key]))) {
    const keywords = [...new Set(lists.flatMap((key) => result[key] as unknown[]))];
    const first = lists[0];
    for (const key of lists) delete result[key];
    move(first, "keywords", keywords);
  } else if (lists.length === 1) move(lists[0], "keywords");
  return { data: result, places: at };
}

function isTable(value: unknown): value is Data {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
