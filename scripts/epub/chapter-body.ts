// The rehype plugins every EPUB chapter's body goes through, the article's and
// each of a book's, in one chain: first what epub-gen-memory would drop (attributes
// outside its list), said in what it keeps; then the notes, as popup notes; then
// the direction of each block whose text runs against the chapter's language.
import type { Root } from "hast";
import { unified } from "unified";
import { copyTree } from "../html/copy-tree.ts";
import rehypeEpubAlign from "../html/rehype-epub-align.ts";
import rehypeEpubListNumbers from "../html/rehype-epub-list-numbers.ts";
import rehypeEpubNotes from "../html/rehype-epub-notes.ts";
import rehypeEpubTaskLists from "../html/rehype-epub-task-lists.ts";
import rehypeTextDirection from "../html/rehype-text-direction.ts";

/** A copy of a chapter's body, made for the EPUB; the manuscript's tree stays as it is for the other editions. */
export function epubChapterBody(body: Root, lang: string): Promise<Root> {
  return unified()
    .use(rehypeEpubListNumbers)
    .use(rehypeEpubAlign)
    .use(rehypeEpubTaskLists)
    .use(rehypeEpubNotes)
    .use(rehypeTextDirection, { lang })
    .run(copyTree(body));
}
