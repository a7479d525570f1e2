// The front matter a manuscript may carry: its keys, their types, and the
// positioned messages for anything else. The schema is written once, here,
// and is both the check and the TypeScript type. It reads what the processor
// parsed (`file.data.frontMatter`, in any of its forms), so it runs once the
// file has been through the processor. A book's chapter reads the same keys.
import type { VFile } from "vfile";
import type { Place } from "../markdown/front-matter-forms.ts";
import type { GivenFrontMatter } from "../model.ts";
import { checkText, readCommonKeys, readNames, readTitle } from "./common-keys.ts";
import { warnUnknownKeys } from "./yaml-data.ts";

const KEYS = [
  "title",
  "kind",
  "author",
  "lang",
  "description",
  "keywords",
  "paper",
  "identifier",
  "date",
  "source",
  "inline-sources",
];

/** Checks an article's front matter, if it has one; every problem becomes a message on `file`. */
export function readFrontMatter(file: VFile): (GivenFrontMatter & { lang: string }) | undefined {
  const meta = readKeys(file, true);
  return meta && { ...meta, lang: meta.lang! };
}

/** A chapter's front matter, which may be absent: then it is empty. */
export function readChapterFrontMatter(file: VFile): GivenFrontMatter | undefined {
  return readKeys(file, false);
}

function readKeys(file: VFile, article: boolean): GivenFrontMatter | undefined {
  // A block that could not be parsed has left its errors, and no data.
  if (file.messages.some((m) => m.fatal && /^front-matter-(?:yaml|toml)$/.test(m.ruleId ?? "")))
    return undefined;
  const data = file.data.frontMatter?.data ?? {};
  const at = (key: string) => placeOfKey(file, key);
  const fail = (key: string, reason: string, ruleId = "front-matter-type") => {
    file.message(reason, { place: at(key), ruleId, source: "front-matter" }).fatal = true;
  };
  warnUnknownKeys(data, KEYS, file, at);
  const title = readTitle(data, fail, false);
  const author = readNames(data, "author", fail);
  const common = readCommonKeys(data, fail);
  // Read by remark-source-notes itself; checked here with the other keys.
  if (!["boolean", "undefined"].includes(typeof data["inline-sources"]))
    fail("inline-sources", "`inline-sources` must be true or false");
  for (const key of ["kind", "description", "identifier", "date", "source"])
    checkText(data, key, fail);
  if (file.messages.some((m) => m.fatal)) return undefined;
  const lang = data.lang === undefined && !article ? undefined : common.lang;
  return {
    ...common,
    lang,
    title,
    kind: data.kind as string | undefined,
    author,
    source: data.source as string | undefined,
  };
}

/** Where `key` stands in the front matter, for messages; the block's start if absent, else the file's. */
export function placeOfKey(file: VFile, key: string): Place {
  const matter = file.data.frontMatter;
  return matter?.places[key] ?? matter?.start ?? { line: 1, column: 1 };
}
