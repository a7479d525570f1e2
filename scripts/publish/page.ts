// The download page, output/index.html: templates/publish/index.html.ejs filled
// with the listed publications, and page.css with the page's own fonts inline:
// Literata (and a Noto font for a title in another script) cut to the
// characters the page shows, as the editions embed theirs, so that it looks the
// same offline, from file:// and on any host.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { compile } from "ejs";
import { imageSize } from "image-size";
import { embeddedFonts } from "../fonts/embedded-fonts.ts";
import { dataUrl, fontFaceCss } from "../fonts/publication-fonts.ts";
import { directionOf } from "../html/text-direction.ts";
import { listOfNames } from "../html/title-block.ts";
import { formatSize } from "../report.ts";
import { readTemplate } from "../templates.ts";
import { EDITION_LABELS, hrefOf, isoDate, type Listed } from "./listing.ts";

export const PAGE_TITLE = "Publications";
/** The thumbnail's width on the page, in CSS pixels: its file has twice as many. */
const COVER_WIDTH = 120;
/** What Folio's own words and the stylesheet add in any face: ASCII and the typography used. */
const FOLIO_TEXT = `${Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("")}\u00a0·’“”–—…`;

export async function downloadPage(publications: Listed[], outDir: string): Promise<string> {
  const shown = await Promise.all(publications.map((p) => view(p, outDir)));
  const data = {
    title: PAGE_TITLE,
    summary: `${count(shown.length, "publication")}: each as a PDF to read on screen, a handout to print and an EPUB for e-readers, where built.`,
    publications: shown,
  };
  // Every character of the page, in each face the stylesheet may set it in (bold titles and labels, italic bylines).
  const text = [
    FOLIO_TEXT,
    data.title,
    data.summary,
    ...shown.flatMap((p) => [
      p.title,
      p.subtitle,
      p.kind,
      p.byline,
      p.date?.text,
      p.description,
      ...p.editions.flatMap((e) => [e.label, e.details]),
    ]),
  ]
    .filter((s): s is string => s !== undefined)
    .flatMap((s) => [s, s.toUpperCase()])
    .join("");
  const fonts = await embeddedFonts(
    { regular: text, italic: text, bold: text, boldItalic: "", code: "" },
    "en",
  );
  const [template, css] = await Promise.all([
    readTemplate("publish/index.html.ejs"),
    readTemplate("publish/page.css"),
  ]);
  return compile(template)({ ...data, css: `${fontFaceCss(fonts, dataUrl)}\n${css}` });
}

async function view(p: Listed, outDir: string) {
  const thumbnail = p.cover && imageSize(await readFile(join(outDir, p.cover.thumbnail)));
  return {
    // An id has no spaces: the slug is a file name, which may.
    id: p.slug.replace(/\s+/g, "-"),
    lang: p.lang,
    dir: directionOf(p.lang),
    title: p.title,
    subtitle: p.subtitle,
    kind: p.kind ?? (p.book ? "Book" : undefined),
    byline:
      p.authors.length > 0
        ? `${p.credit === "editor" ? "edited by" : "by"} ${listOfNames(p.authors)}`
        : undefined,
    date: p.date === undefined ? undefined : { text: p.date, datetime: isoDate(p.date) },
    description: p.description,
    thumbnail: thumbnail &&
      p.cover && {
        src: hrefOf(p.cover.thumbnail),
        width: COVER_WIDTH,
        height: Math.round((COVER_WIDTH * thumbnail.height) / thumbnail.width),
      },
    editions: p.editions.map((e) => ({
      href: hrefOf(e.file),
      mediaType: EDITION_LABELS[e.edition].mediaType,
      label: EDITION_LABELS[e.edition].label,
      // A number and its unit stay on one line, and a line breaks after a dot, not before it.
      details: [
        EDITION_LABELS[e.edition].purpose,
        e.pages && count(e.pages, "page"),
        formatSize(e.bytes).replace(" ", "\u00a0"),
      ]
        .filter(Boolean)
        .join("\u00a0· "),
    })),
  };
}

const count = (n: number, noun: string) => `${n}\u00a0${noun}${n === 1 ? "" : "s"}`;
