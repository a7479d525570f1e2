// A book's EPUB files: a title page, one XHTML file per chapter (its notes
// popup notes in that file, its links to other chapters pointing at their
// files, its headings for the navigation), and the bios as back matter.
import type { Element, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { visit } from "unist-util-visit";
import { bioSection } from "../html/bio-section.ts";
import { titlePage } from "../html/book-title-page.ts";
import { chapterHead } from "../html/chapter-head.ts";
import { hastText } from "../html/hast-text.ts";
import { directionOf } from "../html/text-direction.ts";
import type { Publication } from "../model.ts";
import { epubLinksProcessor } from "../pipeline.ts";
import { epubChapterBody } from "./chapter-body.ts";
import type { EpubChapter, NavSection } from "./epub-input.ts";

export const BIO_FILE = "about-the-author.xhtml";

/** The chapters as HTML, for packageEpub(). */
export async function bookChapters(publication: Publication): Promise<EpubChapter[]> {
  const { chapters } = publication;
  // Chapter keys are ASCII words and hyphens, unique, and never `toc`, `cover` or `title-page`.
  const files = chapters.map((chapter) => `${chapter.id}.xhtml`);
  const trees = await Promise.all(
    chapters.map((chapter) => epubChapterBody(chapter.body, chapter.lang ?? publication.meta.lang)),
  );
  const bio = bioSection(publication.contributors, { book: true });

  const fileOf = new Map<string, string>();
  const record = (tree: Root | Element, file: string) =>
    visit(
      tree,
      "element",
      (node) =>
        void (typeof node.properties.id === "string" && fileOf.set(node.properties.id, file)),
    );
  for (const [i, chapter] of chapters.entries()) fileOf.set(chapter.id, files[i]);
  for (const [i, tree] of trees.entries()) record(tree, files[i]);
  if (bio) record(bio, BIO_FILE);

  const parts: EpubChapter[] = [
    {
      filename: "title-page.xhtml",
      title: publication.meta.title,
      html: toHtml(titlePage(publication)),
      landmark: "titlepage",
      excludeFromToc: true,
    },
  ];
  for (const [i, chapter] of chapters.entries()) {
    await epubLinksProcessor({ file: files[i], fileOf }).run(trees[i]);
    const section = h(
      "section.chapter",
      {
        lang: chapter.lang,
        dir: chapter.lang && directionOf(chapter.lang),
        "epub:type": "chapter",
        role: "doc-chapter",
      },
      [chapterHead(chapter), ...(trees[i].children as Element[])],
    );
    parts.push({
      filename: files[i],
      title: chapter.title,
      html: toHtml(section),
      landmark: i === 0 ? "bodymatter" : undefined,
      sections: sectionsOf(trees[i]),
    });
  }
  if (bio) {
    const title = hastText(bio.children[0] as Element);
    parts.push({
      filename: BIO_FILE,
      title,
      html: toHtml(bio),
      landmark: "backmatter",
      sections: sectionsOf(bio),
    });
  }
  return parts;
}

/** The h2 and h3 headings with ids, the h3s nested under the h2 before them: as deep as the PDF's outline goes. */
function sectionsOf(tree: Root | Element): NavSection[] {
  const top: NavSection[] = [];
  visit(tree, "element", (node) => {
    const id = node.properties.id;
    if (!["h2", "h3"].includes(node.tagName) || typeof id !== "string") return;
    const section = { title: hastText(node).trim(), id, children: [] };
    const parent = node.tagName === "h3" ? top[top.length - 1] : undefined;
    (parent ? parent.children : top).push(section);
  });
  return top;
}
