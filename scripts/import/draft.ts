// What an importer makes of a page, before it is written as a manuscript: the
// article's parts, and a record of where each came from, so that an editor
// can check every guess before the manuscript is built.
import type { Root } from "mdast";

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

export class ImportLog {
  readonly found: { field: string; value: string; from: string }[] = [];
  readonly warnings: string[] = [];
  /** What the page left around the article and the importer dropped. */
  readonly dropped: string[] = [];

  /** Records a value and where it came from ("the byline", "og:title", "a guess: …"). */
  note(field: string, value: string | undefined, from: string): void {
    if (value) this.found.push({ field, value, from });
  }

  warn(text: string): void {
    this.warnings.push(text);
  }

  drop(text: string): void {
    this.dropped.push(text);
  }
}
