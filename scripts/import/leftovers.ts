// What a page leaves around an article when its text is copied: the comment
// form, sharing and "like" buttons, related-article lists, tags, ads. Each is
// dropped, and a warning at its line says what went, so that an editor can check.
import type { Block } from "./blocks.ts";
import { isDate } from "./blocks.ts";
import type { ImportLog } from "./draft.ts";

/** Lines dropped wherever they stand. */
const LEFTOVER_LINES: RegExp[] = [
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^(?:comment|name|e-?mail|mail|website)\s*\*?$/i,
  /^save my name,? e-?mail,? and website\b/i,
  /^(?:post|submit) comment$/i,
  /^cancel reply$/i,
  /^Δ$/,
  /^share(?: this(?: article| story| post)?)?\s*:?$/i,
  /^click to (?:share|email|print)\b/i,
  /^like this\s*:?$/i,
  /^(?:like )?loading\s*(?:\.\.\.|…)?$/i,
  /^(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print|tweet|pocket|tumblr|more|copy link)$/i,
  /^(?:tags|tagged|filed under|categories|category|posted in)\s*:/i,
  /^advertisement$/i,
  /^(?:subscribe|sign up)\b.*\bnewsletter\b/i,
  /^(?:previous|next) (?:post|article)\b/i,
  /^post navigation$/i,
];
/** A comment section starts: everything after it goes (the form, and readers' comments). */
const COMMENTS =
  /^(?:leave a (?:reply|comment)|\d+ (?:comments?|responses?)\b|comments?\s*:?$|join the discussion)/i;
/** A list of other articles starts: the short lines after it (titles, dates, "In “Opinion”") go. */
const RELATED =
  /^(?:related(?: posts| articles| stories)?|you (?:may|might) also like|read (?:more|next|also)|more from\b.*)\s*:?$/i;

export function dropLeftovers(blocks: Block[], log: ImportLog): Block[] {
  const kept: Block[] = [];
  const dropped: Block[] = [];
  let related = false;
  for (const [i, block] of blocks.entries()) {
    const text = block.text;
    if (i > 1 && COMMENTS.test(text)) {
      dropped.push(...blocks.slice(i));
      break;
    }
    if (RELATED.test(text)) related = true;
    else if (
      related &&
      (isDate(text) ||
        /^In [“"]/.test(text) ||
        (!/[.!?]$/.test(text) && text.split(" ").length <= 14))
    ) {
      // still in the list of related articles
    } else related = false;
    if (related || LEFTOVER_LINES.some((pattern) => pattern.test(text))) dropped.push(block);
    else kept.push(block);
  }
  for (const block of dropped) {
    const reason = `Dropped as what the page left around the article: “${clip(block.text)}”`;
    log.warn(reason, "import-leftover-dropped", "leftovers", block.line);
  }
  return kept;
}

export function clip(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
