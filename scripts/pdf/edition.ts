// A print edition (the download PDF or the handout): the publication's tree
// with notes placed for `float: footnote`, laid out by Paged.js, finished by pdf-lib.
import { fileURLToPath } from "node:url";
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import { dataUrl, fontFaceCss, publicationFonts } from "../fonts/publication-fonts.ts";
import { Timings } from "../timings.ts";
import { bookDocument } from "../html/book-document.ts";
import { copyTree } from "../html/copy-tree.ts";
import { printDocument } from "../html/print-document.ts";
import type { Chapter, PrintEdition, Publication } from "../model.ts";
import { printProcessor } from "../pipeline.ts";
import { readTemplate } from "../templates.ts";
import type { PagedPages } from "./paged-pages.ts";
import { renderPdf } from "./render.ts";

// Each edition's stylesheets, in the order they cascade; a book's come after.
const STYLESHEETS: Record<PrintEdition, string[]> = {
  pdf: ["print.css"],
  handout: ["print.css", "handout.css"],
};
const BOOK_STYLESHEETS: Record<PrintEdition, string[]> = {
  pdf: ["book.css"],
  handout: ["book.css", "book-handout.css"],
};

export interface PrintOptions {
  /** The build's pages ready to lay out. */
  pages: PagedPages;
  date?: Date;
  timeoutMs?: number;
  timings?: Timings;
  signal?: AbortSignal;
}

// Each edition's rehype plugins, over its own copy of each chapter's tree.
function transform(chapter: Chapter, lang: string, edition: PrintEdition) {
  return printProcessor({ edition, lang: chapter.lang ?? lang }).run(copyTree(chapter.body));
}

/** The edition's whole document for Paged.js, and the image files it may read (the preview lays it out too). */
export async function printHtml(
  publication: Publication,
  edition: PrintEdition,
  timings = new Timings(),
) {
  const fonts = await timings.time("fonts", () => publicationFonts(publication));
  const started = performance.now();
  const trees = await Promise.all(
    publication.chapters.map((chapter) => transform(chapter, publication.meta.lang, edition)),
  );
  // The fonts inline: the page reads no font file, and Chromium embeds the glyphs it sets.
  const css = [fontFaceCss(fonts, dataUrl)];
  for (const name of [
    ...STYLESHEETS[edition],
    ...(publication.book ? BOOK_STYLESHEETS[edition] : []),
  ])
    css.push(await readTemplate(name));
  css.push(`@page { size: ${publication.meta.paper === "letter" ? "letter" : "A4"}; }`);
  const html = publication.book
    ? bookDocument(publication, trees, css.join("\n"), edition)
    : printDocument(publication, trees[0], css.join("\n"), edition);
  timings.add("html", performance.now() - started);
  // The page may read the manuscript's images, and nothing else.
  return { html, allowedPaths: trees.flatMap(imageFiles) };
}

export async function makePrintEdition(
  publication: Publication,
  edition: PrintEdition,
  options: PrintOptions,
) {
  const timings = options.timings ?? new Timings();
  const { html, allowedPaths } = await printHtml(publication, edition, timings);
  const rendering = renderPdf(options.pages, {
    html,
    allowedPaths,
    outlineTags: ["h1", "h2", "h3"],
    timeoutMs: options.timeoutMs,
    timing: (stage, ms) => timings.add(stage, ms),
    signal: options.signal,
  });
  rendering.catch(() => {}); // awaited below, once pdf-lib is loaded
  // pdf-lib, 0.17 s to load, loads while Chromium lays the document out, not before its fonts and HTML.
  const { finishPdf } = await import("./finish.ts");
  const { pdf, pageCount, outline } = await rendering;
  const { meta, authors } = publication;
  const bytes = await timings.time("finish", () =>
    finishPdf(pdf, {
      title: meta.title,
      authors: authors.map((a) => a.name),
      subject: meta.description,
      keywords: meta.keywords,
      lang: meta.lang,
      date: options.date,
      outline,
      signal: options.signal,
    }),
  );
  return { bytes, pageCount };
}

/** The image files a tree shows (file:// addresses, as the loader left them). */
function imageFiles(tree: Root): string[] {
  const files: string[] = [];
  visit(tree, "element", (node) => {
    const src = node.properties.src;
    if (node.tagName === "img" && typeof src === "string" && src.startsWith("file:"))
      files.push(fileURLToPath(src));
  });
  return files;
}
