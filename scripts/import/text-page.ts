// Text copied from a web page (select all, copy, paste into a file): the
// title on the first line, perhaps a "By …" line and a date, the paragraphs,
// then the author's name alone on a line and the bio, which starts with that
// name; around it, what the page left (comment form, share buttons).
import type { Paragraph, Root, RootContent } from "mdast";
import type { VFile } from "vfile";
import { UsageError } from "../errors.ts";
import { bareAddressesToLinks } from "./bare-addresses.ts";
import { inlineSourcesToNotes } from "./body.ts";
import { type Block, blocksOf, isDate, isName } from "./blocks.ts";
import { bylineName } from "./byline.ts";
import { type Draft, ImportLog } from "./draft.ts";
import { guessLanguage } from "./language.ts";
import { clip, dropLeftovers } from "./leftovers.ts";
import { linksToNotes } from "./links-to-notes.ts";
import { LOST_ADDRESS, removeLostAddresses } from "./lost-addresses.ts";
import { splitTitle } from "./title.ts";

const BYLINE = /^By\b:?\s*(.*)$/i;

export async function readCopiedText(file: VFile): Promise<Draft> {
  const log = new ImportLog(file);
  const blocks = dropLeftovers(blocksOf(String(file.value)), log);
  const [first, ...rest] = blocks;
  if (!first || rest.length === 0)
    throw new UsageError(
      "The file holds no article: a title line and at least one paragraph are needed",
    );

  const { title, kind, site } = splitTitle(first.text);
  log.note("title", title, `line ${first.line}`);
  log.note("kind", kind, `the title's suffix "${first.text.slice(title.length).trim()}"`);
  if (site) log.note("site", site, "the title's suffix, dropped");

  // A byline and a date may stand between the title and the text.
  const authors: string[] = [];
  let date: string | undefined;
  while (rest.length > 1 && (BYLINE.test(rest[0].text) || isDate(rest[0].text))) {
    const block = rest.shift()!;
    const by = BYLINE.exec(block.text);
    if (!by) date = block.text;
    else if (by[1])
      authors.push(
        ...(bylineName(by[1])
          .name?.split(/\s*(?:,|\band\b|&)\s*/)
          .filter(Boolean) ?? []),
      );
    if (by) log.note("byline", by[1] || "(empty)", `line ${block.line}`);
  }
  log.note("date", date, "a date under the title");

  const end = authorAtTheEnd(rest, authors[0]);
  if (end) {
    if (!authors.includes(end.name)) authors.unshift(end.name);
    log.note("author", end.name, end.from);
    rest.splice(end.index);
  } else if (authors.length === 0) {
    const reason =
      "No author found (no byline, no name before a bio): " + "add `author:` to the front matter";
    log.warn(reason, "import-author-missing", "text-page");
  }
  const bio = (end?.bio ?? []).map((block) => withoutLostAddresses(block, log)).filter(Boolean);

  const body: Root = {
    type: "root",
    children: rest.flatMap((block, i) => toBlock(block, rest[i + 1], log) ?? []),
  };
  await inlineSourcesToNotes(body, log);
  // An address left bare outside parentheses becomes a note too.
  bareAddressesToLinks(body);
  linksToNotes(body, undefined, log);
  const lang = guessLanguage(rest.map((block) => block.text).join(" "), log);
  return { title, kind, authors, bio, date, lang, keywords: [], body, log };
}

/** The author's name alone on a line near the end, followed by the bio that starts with it. */
function authorAtTheEnd(blocks: Block[], byline: string | undefined) {
  for (let i = blocks.length - 2; i >= Math.max(0, blocks.length - 4); i--) {
    const name = blocks[i].text;
    if (isName(name) && blocks[i + 1].text.startsWith(`${name} `)) {
      return {
        name,
        index: i,
        bio: blocks.slice(i + 1),
        from: `line ${blocks[i].line}, alone after the article, before the bio`,
      };
    }
  }
  // No name line: the last paragraph may still be the bio ("Jane Doe is …").
  const last = blocks[blocks.length - 1];
  if (byline && blocks.length > 1 && last.text.startsWith(`${byline} `)) {
    return {
      name: byline,
      index: blocks.length - 1,
      bio: [last],
      from: `the byline; line ${last.line} is the bio`,
    };
  }
  return undefined;
}

function withoutLostAddresses(block: Block, log: ImportLog): string {
  if (!LOST_ADDRESS.test(block.text)) return block.text;
  const { text, removed } = removeLostAddresses(block.text);
  for (const cut of removed) {
    const reason = `An e-mail address was lost in the copy (the page hid it): removed "${cut}"`;
    log.warn(reason, "import-address-lost", "text-page", block.line);
  }
  return text;
}

/** A paragraph, or a heading where a short line without a full stop stands before a paragraph; nothing if nothing is left. */
function toBlock(block: Block, next: Block | undefined, log: ImportLog): RootContent | undefined {
  const text = withoutLostAddresses(block, log);
  if (!text) return undefined;
  const short = text.split(" ").length <= 10 && !/[.!?:;,”"]$/.test(text) && /^\p{Lu}/u.test(text);
  if (short && next && next.text.length > text.length * 2) {
    const reason =
      "Made a heading, a guess: the line is short, has no full stop and stands " +
      `before a longer paragraph: “${clip(text)}”`;
    log.warn(reason, "import-heading-guessed", "text-page", block.line);
    return { type: "heading", depth: 2, children: [{ type: "text", value: text }] };
  }
  return { type: "paragraph", children: [{ type: "text", value: text }] } satisfies Paragraph;
}
