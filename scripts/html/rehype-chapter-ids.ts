// One id names one element in the whole book: the print editions lay every
// chapter out in one document, where each chapter's `fn-1` and `introduction`
// would collide. Each id of a chapter becomes `<chapter key>--<id>`; the
// heading that gave the chapter its title takes the key itself, which is the
// chapter's own id. Links inside the chapter follow (rehype-chapter-links),
// from the map of old ids to new this leaves in `file.data.chapterIds`.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

declare module "vfile" {
  interface DataMap {
    /** Each id the chapter's Markdown gave, and the id it has in the book. */
    chapterIds: ReadonlyMap<string, string>;
  }
}

export interface Options {
  key: string;
  /** The id of the heading the title was taken from, which is now the chapter's. */
  titleId?: string;
}

const rehypeChapterIds: Plugin<[Options], Root> = function ({ key, titleId }) {
  return (tree, file) => {
    const ids = new Map<string, string>();
    if (titleId) ids.set(titleId, key);
    visit(tree, "element", (node) => {
      // remark-rehype's note calls name the notes' heading: keep them naming this chapter's.
      const described = node.properties.ariaDescribedBy;
      if (Array.isArray(described))
        node.properties.ariaDescribedBy = described.map((ref) => `${key}--${ref}`);
      const id = node.properties.id;
      if (typeof id !== "string") return;
      const scoped = `${key}--${id}`;
      ids.set(id, scoped);
      node.properties.id = scoped;
    });
    file.data.chapterIds = ids;
  };
};

export default rehypeChapterIds;
