// The keys an article's front matter and a book's book.yaml share, checked the
// same way in both: each problem is reported through `fail`, with the key.
import type { Data } from "../markdown/front-matter-forms.ts";
import type { CommonMeta } from "../model.ts";
import { isLanguageTag, toStringList } from "./yaml-data.ts";

/** Reports a key's problem; its rule is `front-matter-type` unless given. */
export type Fail = (key: string, reason: string, ruleId?: string) => void;

const PAPERS = ["a4", "letter"] as const;

export function readCommonKeys(data: Data, fail: Fail): CommonMeta {
  const lang = data.lang ?? "en";
  if (typeof lang !== "string" || !isLanguageTag(lang)) {
    fail(
      "lang",
      "`lang` must be a language tag such as `en`, `en-GB` or `ru`",
      "front-matter-lang",
    );
  }
  const keywords = toStringList(data.keywords);
  if (keywords === undefined)
    fail("keywords", "`keywords` must be a list of words or a comma-separated line");
  const paper = String(data.paper ?? "a4").toLowerCase();
  if (!PAPERS.includes(paper as CommonMeta["paper"]))
    fail("paper", "`paper` must be `a4` or `letter`");
  // `description`, `identifier` and `date` are text: the caller checks them, in the order of its keys.
  return {
    lang: lang as string,
    description: (data.description as string | undefined)?.trim(),
    keywords: keywords ?? [],
    paper: paper as CommonMeta["paper"],
    identifier: data.identifier as string | undefined,
    date: data.date as string | undefined,
  };
}

/** The title, one line of text; undefined (and a failure, if `required`) when absent. */
export function readTitle(data: Data, fail: Fail, required: boolean): string | undefined {
  const title = data.title;
  if (title === undefined) {
    if (required) fail("title", "The front matter has no `title`: add `title: …`");
    return undefined;
  }
  if (typeof title !== "string" || title.trim() === "")
    return void fail("title", "`title` must be one line of text");
  return title.trim();
}

/** Author (or editor) ids or names: one, a comma-separated line, or a list. */
export function readNames(data: Data, key: string, fail: Fail): string[] {
  const names = toStringList(data[key]);
  if (names === undefined) fail(key, `\`${key}\` must be an author id, a name, or a list of them`);
  return names ?? [];
}

export function checkText(data: Data, key: string, fail: Fail): void {
  if (data[key] !== undefined && typeof data[key] !== "string")
    fail(key, `\`${key}\` must be text`);
}
