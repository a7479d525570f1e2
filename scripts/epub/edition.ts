// The EPUB edition: a cover, the article as one XHTML chapter with popup notes,
// the bio as back matter, the fonts embedded. A book: a title page, its
// contents page, a file per chapter, the bios (see book-chapters.ts).
import type { Element } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import type { Browser } from "puppeteer-core";
import { v5 as uuidv5 } from "uuid";
import { fontFaceCss, publicationFonts } from "../fonts/publication-fonts.ts";
import { bioSection } from "../html/bio-section.ts";
import { listOfNames, titleBlock } from "../html/title-block.ts";
import type { Publication } from "../model.ts";
import { readTemplate } from "../templates.ts";
import { renderCover } from "./cover.ts";
import { epubChapterBody } from "./chapter-body.ts";
import { bookChapters } from "./book-chapters.ts";
import type { EpubChapter } from "./epub-input.ts";

// A fixed namespace, so that a slug always gives the same UUID (RFC 9562 v5).
const FOLIO_NAMESPACE = "6b1c0f47-64f4-4f5c-9a53-0b8f4a3f6c1e";

export function identifierOf(publication: Publication): string {
  return publication.meta.identifier ?? `urn:uuid:${uuidv5(publication.slug, FOLIO_NAMESPACE)}`;
}

export interface EpubEditionOptions {
  date?: Date;
  /** The build's browser, which renders the cover; without one the EPUB has no cover. */
  browser?: Browser;
}

export async function makeEpubEdition(publication: Publication, options: EpubEditionOptions = {}) {
  const { meta, authors, book } = publication;
  const names = authors.map((a) => a.name);
  // The cover is drawn in the browser's processes while the chapters are written
  // and the fonts cut here.
  const browser = options.browser;
  const png =
    browser &&
    renderCover(browser, { title: meta.title, kind: meta.kind, authors: names, lang: meta.lang });
  // TrueType, cut to the characters the publication uses.
  const fonts = publicationFonts(publication);
  png?.catch(() => {}); // awaited below: if the chapters fail first, its failure is not left unhandled
  // Loaded once the cover is being drawn: epub-gen-memory and what it requires take
  // 0.1-0.2 s to load, time the browser spends drawing.
  const packager = import("./package.ts");
  const chapters = book ? await bookChapters(publication) : await articleChapters(publication);
  const cover = png && {
    png,
    // What the image says, for screen readers and for readers that show no images.
    alt:
      names.length > 0
        ? `${meta.title}, ${book && book.authors.length === 0 ? "edited by" : "by"} ${listOfNames(names)}`
        : meta.title,
  };
  const css = [
    fontFaceCss(await fonts, (font) => `fonts/${font.filename}`),
    await readTemplate("epub.css"),
  ];
  if (book) css.push(await readTemplate("epub-book.css"));
  const { packageEpub } = await packager;
  return packageEpub({
    title: meta.title,
    // A book credited to its editors names them as editors, not authors.
    authors: book ? book.authors.map((a) => a.name) : names,
    editors: book?.editors.map((a) => a.name),
    lang: meta.lang,
    // An empty dc:description fails EPUBCheck.
    description: meta.description ?? meta.title,
    identifier: identifierOf(publication),
    modified: options.date,
    chapters,
    css: css.join("\n"),
    fonts: await fonts,
    cover,
    contents: book ? { title: "Contents" } : undefined,
  });
}

async function articleChapters(publication: Publication): Promise<EpubChapter[]> {
  const { meta, authors } = publication;
  const body = await epubChapterBody(publication.chapters[0].body, meta.lang);
  const chapters: EpubChapter[] = [
    {
      filename: "article.xhtml",
      title: meta.title,
      html: toHtml(
        h("article", { lang: meta.lang }, [titleBlock(meta, authors), ...body.children]),
      ),
      landmark: "bodymatter",
    },
  ];
  const bio = bioSection(authors);
  if (bio) {
    const heading = bio.children[0] as Element;
    const title =
      heading.children[0]?.type === "text" ? heading.children[0].value : "About the author";
    chapters.push({
      filename: "about-the-author.xhtml",
      title,
      html: toHtml(bio),
      landmark: "backmatter",
    });
  }
  return chapters;
}
