// The EPUB's cover image: templates/cover.html, filled with the title, kind and
// authors, rendered by the build's Chromium at 1600×2560, the size Amazon's Kindle
// guidelines ask for (1.6:1, at least 2500 px tall) and that Apple Books and Kobo
// take as they are, and written as a palette PNG: the drawing is a few flat colours
// and the edges of its letters, which 256 colours keep as they are (the bundled
// article's cover, 445 colours as drawn, looks the same with 165), so it takes
// 70 KB where a JPEG of the same sharpness took 213 KB. Send to Kindle and Apple
// Books take a PNG cover as they take a JPEG one.
import type { Browser, Page } from "puppeteer-core";
import { sourceFonts } from "../fonts/embedded-fonts.ts";
import { dataUrl, type EmbeddedFont, fontFaceCss } from "../fonts/publication-fonts.ts";
import { sharedWindow } from "../browser/window.ts";
import { directionOf } from "../html/text-direction.ts";
import { listOfNames } from "../html/title-block.ts";
import { readTemplate } from "../templates.ts";

export interface CoverInput {
  title: string;
  /** The label above the title, e.g. "OpEd". */
  kind?: string;
  authors: string[];
  /** BCP 47 tag: picks quotation marks, line breaking and font shaping in Chromium. */
  lang: string;
}

// 800×1280 CSS px at device scale 2: the CSS works in a comfortable unit and the
// image has 1600×2560 pixels.
const viewport = { width: 800, height: 1280, deviceScaleFactor: 2 };
// libimagequant through sharp: no dithering, which would speckle the flat colours
// and cost bytes and time; its fastest search, which on the bundled article's cover
// gives the same 165 colours and a smaller file (70.3 KB) than its slowest (71.1 KB).
const palette = { palette: true, colours: 256, dither: 0, effort: 1, compressionLevel: 9 } as const;
// The title's smallest font size (px), and the smallest it shrinks to for one long word.
const titleSizes = { smallest: 40, longWord: 64 };

/** The cover as PNG bytes; the same input gives the same bytes on one Chromium build. */
export function renderCover(browser: Browser, input: CoverInput): Promise<Uint8Array> {
  void coverPage(); // the template is read while the window opens
  const fonts = coverFonts(input);
  return inCoverWindow(browser, async (page) => draw(page, input, await fonts));
}

/**
 * The faces the cover's words are set in (the label in capitals too), uncut:
 * ready as soon as their files are read, so that the cover is drawn as soon as
 * the publication is read, side by side with the chapters, instead of after
 * the publication's own fonts are cut (0.2-0.3 s for the Pandoc manual).
 */
function coverFonts(input: CoverInput): Promise<EmbeddedFont[]> {
  const words = [input.title, input.kind ?? "", listOfNames(input.authors)];
  const all = words.flatMap((w) => [w, w.toLocaleUpperCase(input.lang)]).join(" ");
  return sourceFonts(
    { regular: all, italic: all, bold: all, boldItalic: "", code: "" },
    input.lang,
  );
}

const inCoverWindow = sharedWindow((page) => page.setViewport(viewport));

/**
 * Opens the window covers are drawn in, ahead of the first cover: the build
 * calls it once the browser is up, so that the window (a renderer process,
 * 0.2-0.3 s) opens while the manuscripts are read and their fonts cut.
 */
export function openCoverWindow(browser: Browser): Promise<void> {
  return inCoverWindow(browser, async () => {});
}

// Loaded with the first cover, while the browser draws it: a build with no EPUB needs no sharp.
let imageLibrary: Promise<typeof import("sharp")> | undefined;

async function draw(page: Page, input: CoverInput, fonts: EmbeddedFont[]): Promise<Uint8Array> {
  imageLibrary ??= import("sharp");
  const html = await coverPage();
  // One document with everything in it: no file to fetch, no second round trip for the fonts.
  await page.setContent(html(fontFaceCss(fonts, dataUrl)), { waitUntil: "load" });
  const text = {
    title: input.title,
    kind: input.kind ?? "",
    authors: listOfNames(input.authors),
    lang: input.lang,
    // Arabic or Hebrew: the title and byline start at the right, the rule above them too.
    dir: directionOf(input.lang),
  };
  await page.evaluate(fillAndFit, text, titleSizes);
  // Chromium's fastest PNG: the same pixels as its default (sharp decodes them
  // and writes its own PNG), encoded in 150 ms where the default takes 210.
  const shot = { type: "png", optimizeForSpeed: true, captureBeyondViewport: false } as const;
  const drawn = await page.screenshot(shot);
  const { default: sharp } = await imageLibrary;
  return new Uint8Array(await sharp(drawn).png(palette).toBuffer());
}

let coverHtml: Promise<(faces: string) => string> | undefined;

/**
 * templates/cover.html with cover.css inlined, and the font faces given, those
 * of the cover's words, inlined as data: URLs (the template only names the
 * family). The template is read once a build.
 */
function coverPage(): Promise<(faces: string) => string> {
  coverHtml ??= (async () => {
    const [html, css] = await Promise.all([readTemplate("cover.html"), readTemplate("cover.css")]);
    const link = '<link rel="stylesheet" href="cover.css">';
    if (!html.includes(link))
      throw new Error(`templates/cover.html must link its stylesheet as ${link}`);
    return (faces: string) => html.replace(link, () => `<style>\n${faces}\n${css}</style>`);
  })();
  coverHtml.catch(() => (coverHtml = undefined));
  return coverHtml;
}

/**
 * Runs in the page. Text goes in as text nodes (`textContent`), never as markup;
 * then every font face the text needs is loaded before measuring, so the fit and
 * the pixels do not depend on how fast a font arrived.
 */
async function fillAndFit(
  text: { title: string; kind: string; authors: string; lang: string; dir: string },
  sizes: { smallest: number; longWord: number },
) {
  document.documentElement.lang = text.lang;
  document.documentElement.dir = text.dir;
  for (const id of ["title", "kind", "authors"] as const) {
    const element = document.getElementById(id)!;
    element.textContent = text[id];
    element.hidden = text[id] === "";
  }
  // The faces each element's text needs (by weight, style and unicode-range); the
  // label's text as it shows, in capitals, too.
  const loads = (["title", "kind", "authors"] as const).map((id) => {
    const element = document.getElementById(id)!;
    const style = getComputedStyle(element);
    const shown = `${text[id]} ${text[id].toLocaleUpperCase(text.lang)}`;
    return document.fonts.load(
      `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`,
      shown,
    );
  });
  await Promise.all(loads);
  await document.fonts.ready;
  // Shrink a long title step by step: first until its longest word fits the width (down
  // to a size that still reads as a title; a longer word is broken instead), then until
  // it fits the space between label and byline. The box hides overflow, so scroll sizes
  // tell. No named helpers in here: tsx wraps them in a `__name()` the page lacks.
  const box = document.getElementById("title-box")!;
  const title = document.getElementById("title")!;
  let size = parseFloat(getComputedStyle(title).fontSize);
  while (title.scrollWidth > title.clientWidth && size > sizes.longWord)
    title.style.fontSize = `${(size -= 2)}px`;
  if (title.scrollWidth > title.clientWidth) title.style.overflowWrap = "anywhere";
  while (box.scrollHeight > box.clientHeight && size > sizes.smallest)
    title.style.fontSize = `${(size -= 2)}px`;
}
