// Every EPUB chapter's body, the article's and each of a book's, goes through
// one chain (pipeline.ts's epubProcessor), on a copy.
import type { Root } from "hast";
import { copyTree } from "../html/copy-tree.ts";
import { epubProcessor } from "../pipeline.ts";

/** A copy of a chapter's body, made for the EPUB; the manuscript's tree stays as it is for the other editions. */
export function epubChapterBody(body: Root, lang: string): Promise<Root> {
  return epubProcessor({ lang }).run(copyTree(body));
}
