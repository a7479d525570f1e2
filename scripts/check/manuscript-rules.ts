// The manuscript's report lines, each the build's messages of some rules: what
// the loader checks (front matter, authors, images) and what the lint plugins
// in the processor find. The last line takes any message no other line claims,
// so every warning the build prints fails the check somewhere.
import type { VFile } from "vfile";

type VFileMessage = VFile["messages"][number];

export interface ManuscriptRule {
  id: string;
  title: string;
  /** Does this line own the message? */
  owns(message: VFileMessage): boolean;
  /** Needs the body to have been read (a file that is not UTF-8 text has none). */
  body?: boolean;
}

// By rule id, never by wording: an id that ends in "-" names a family.
const rules =
  (...ids: string[]) =>
  (m: VFileMessage) =>
    ids.some((id) => m.ruleId === id || (id.endsWith("-") && m.ruleId?.startsWith(id)));
const isLang = rules("front-matter-lang");

export const MANUSCRIPT_RULES: ManuscriptRule[] = [
  {
    id: "front-matter",
    title: "front matter present, every key known and of the right type",
    owns: (m) => !isLang(m) && rules("encoding", "front-matter-")(m),
  },
  {
    id: "authors",
    title: "each author id names an author file with a name and a bio",
    owns: rules("author-"),
  },
  { id: "lang", title: "`lang` is a valid language tag", owns: isLang },
  {
    id: "footnotes",
    title: "every note call has a note, every note is called",
    owns: rules("footnote-"),
    body: true,
  },
  {
    id: "links",
    title: "no empty link, no link that leads nowhere",
    owns: rules("link-"),
    body: true,
  },
  {
    id: "images",
    title: "every image has alt text, exists, and lies inside the manuscript's folder",
    owns: rules("image-"),
    body: true,
  },
  {
    id: "bare-addresses",
    title: "no bare web address in the text: every source is in a note",
    owns: rules("address-bare"),
    body: true,
  },
  {
    id: "duplicate-sources",
    title: "no source cited in two different notes",
    owns: rules("source-duplicate"),
    body: true,
  },
];

export const OTHER_RULE: ManuscriptRule = {
  id: "other",
  title: "no other warning or error from the build",
  owns: () => true,
  body: true,
};
