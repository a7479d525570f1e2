// A book's HTML for Paged.js: the title page, the table of contents, each
// chapter in a `section.chapter` (print CSS starts each on a new page and
// numbers its notes from 1), and the bios of every contributor at the end.
import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Publication } from "../model.ts";
import { BIO_ID, bioSection } from "./bio-section.ts";
import { bookContents } from "./book-contents.ts";
import { titlePage } from "./book-title-page.ts";
import { chapterHead } from "./chapter-head.ts";
import { printShell } from "./print-document.ts";
import { directionOf } from "./text-direction.ts";

/** `chapters`: each chapter's text as the edition made it, in the book's order. */
export function bookDocument(
  publication: Publication,
  chapters: Root[],
  css: string,
  edition: string,
): string {
  const bio = bioSection(publication.contributors, { book: true });
  const back = bio && { id: BIO_ID, title: text(bio.children[0] as Element) };
  // On the chapters themselves: Paged.js matches selectors inside the body, never against it.
  const section =
    publication.book?.chaptersStart === "right" ? "section.chapter.opens-right" : "section.chapter";
  return printShell(publication, css, `body.${edition}.book`, [
    titlePage(publication),
    bookContents(publication, back),
    ...publication.chapters.map((chapter, i) =>
      h(section, { lang: chapter.lang, dir: chapter.lang && directionOf(chapter.lang) }, [
        chapterHead(chapter),
        ...(chapters[i].children as Element[]),
      ]),
    ),
    bio,
  ]);
}

function text(heading: Element): string {
  return heading.children[0]?.type === "text" ? heading.children[0].value : "";
}
