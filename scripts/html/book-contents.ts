// A book's printed table of contents: each chapter (with its authors, in a
// collection) and the back pages, each a link to its heading. The page
// numbers come from print CSS: `target-counter(attr(href), page)`.
import type { Element } from "hast";
import { h } from "hastscript";
import type { Publication } from "../model.ts";
import { listOfNames } from "./title-block.ts";

const CONTENTS_ID = "contents";

/** `back`: the back pages' heading and id, when there are any. */
export function bookContents(
  publication: Publication,
  back?: { id: string; title: string },
): Element {
  const credited = new Set(publication.authors);
  const entry = (href: string, title: string, byline?: string) =>
    h(
      "li",
      h("a", { href }, [
        h("span.toc-title", title),
        byline ? h("span.toc-byline", byline) : undefined,
      ]),
    );
  return h(`nav#${CONTENTS_ID}.contents`, { ariaLabelledBy: "contents-heading", role: "doc-toc" }, [
    h("h2", { id: "contents-heading" }, "Contents"),
    h("ol", [
      ...publication.chapters.map((chapter) => {
        // A byline only where it says something the title page does not.
        const own = chapter.authors.some((a) => !credited.has(a));
        return entry(
          `#${chapter.id}`,
          chapter.title,
          own ? listOfNames(chapter.authors.map((a) => a.name)) : undefined,
        );
      }),
      back ? entry(`#${back.id}`, back.title) : undefined,
    ]),
  ]);
}
