// What an importer makes of a page, before it is written as a manuscript: the
// article's parts, and a record of where each came from, so that an editor
// can check every guess before the manuscript is built.
import type { Root } from "mdast";
import type { VFile } from "vfile";

export interface Draft {
  title: string;
  /** A label such as "OpEd", from a title suffix or the page's section. */
  kind?: string;
  /** Authors' names, the first one with the bio. */
  authors: string[];
  /** The bio as plain text paragraphs. */
  bio: string[];
  date?: string;
  /** The page's own summary; without one, the manuscript's first sentences are taken. */
  description?: string;
  /** The canonical address of the page. */
  source?: string;
  lang: string;
  keywords: string[];
  /** The article's body, with its sources as GFM footnotes. */
  body: Root;
  log: ImportLog;
}

/**
 * What the import found and said. The values found, each with where it came
 * from, are information: the report lists them. A problem or a guess the
 * editor must check is a vfile message on `file`, the input, placed at its
 * line where it has one, and printed as the build prints its messages.
 */
export class ImportLog {
  readonly found: { field: string; value: string; from: string }[] = [];
  /** What Readability's clean-up dropped as page furniture: a count, with no place to show. */
  readonly dropped: string[] = [];

  constructor(readonly file: VFile) {}

  /** Records a value and where it came from ("the byline", "og:title", "a guess: …"). */
  note(field: string, value: string | undefined, from: string): void {
    if (value) this.found.push({ field, value, from });
  }

  /** A problem or a guess, as a message on the input: at the start of `line` when there is one. */
  warn(reason: string, ruleId: string, source: string, line?: number): void {
    this.file.message(reason, { place: line ? { line, column: 1 } : undefined, ruleId, source });
  }

  drop(text: string): void {
    this.dropped.push(text);
  }
}
