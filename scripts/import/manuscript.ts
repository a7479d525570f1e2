// The files an import writes, as Markdown: the manuscript (front matter and
// body, its notes as GFM footnotes after the paragraphs that call them) and
// the author file (name and bio), written by remark-stringify so that what the
// page's text held is escaped as Markdown needs.
import type { PhrasingContent, Root } from "mdast";
import { Document } from "yaml";
import { importStringifier as stringifier } from "../pipeline.ts";
import { plainText } from "./body.ts";
import { callsAfterPunctuation } from "./calls-after-punctuation.ts";
import { describe } from "./description.ts";
import type { Draft } from "./draft.ts";

/** `authors`: what the front matter names each author by (an id with an author file, or the plain name). */
export function manuscriptText(draft: Draft, authors: string[]): string {
  const first = draft.body.children.find((node) => node.type === "paragraph");
  const description = draft.description ?? (first ? describe(plainText(first)) : undefined);
  if (!draft.description)
    draft.log.note("description", description, "the first paragraph's opening");
  callsAfterPunctuation(draft.body);
  return markdown(
    {
      title: draft.title,
      kind: draft.kind,
      author: authors.length === 1 ? authors[0] : authors.length > 1 ? authors : undefined,
      lang: draft.lang,
      date: draft.date,
      description,
      keywords: draft.keywords.length > 0 ? draft.keywords : undefined,
      source: draft.source,
    },
    draft.body,
  );
}

export function authorText(name: string, bio: string[]): string {
  return markdown(
    { name },
    {
      type: "root",
      children: bio.map((text) => ({ type: "paragraph", children: withMailLinks(text) })),
    },
  );
}

/** An e-mail address in a bio as a link (`<a@b.org>`): as text, Markdown would escape it (`a\\@b.org`). */
function withMailLinks(text: string): PhrasingContent[] {
  // split() with a group: the addresses are the odd parts.
  const parts = text.split(/([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/);
  return parts.flatMap((part, i): PhrasingContent[] => {
    if (i % 2 === 1)
      return [{ type: "link", url: `mailto:${part}`, children: [{ type: "text", value: part }] }];
    return part ? [{ type: "text", value: part }] : [];
  });
}

function markdown(front: Record<string, unknown>, body: Root): string {
  const data = Object.fromEntries(Object.entries(front).filter(([, value]) => value !== undefined));
  // Long lines folded as `>-` blocks, as a person would write them.
  const yaml = new Document(data)
    .toString({ lineWidth: 80, blockQuote: "folded", flowCollectionPadding: false })
    .trimEnd();
  return stringifier.stringify({
    type: "root",
    children: [{ type: "yaml", value: yaml }, ...body.children],
  });
}
