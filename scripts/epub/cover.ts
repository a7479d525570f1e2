// The EPUB's cover image: templates/cover.html, filled with the title, kind and
// authors, rendered by the build's Chromium to a 1600×2560 JPEG, the size Amazon's
// Kindle guidelines ask for (1.6:1, at least 2500 px tall) and that Apple Books and
// Kobo take as they are.
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { fontFaceCss } from "../fonts.ts";
import { listOfNames } from "../html/title-block.ts";
import { templatePath } from "../templates.ts";

export interface CoverInput {
  title: string;
  /** The label above the title, e.g. "OpEd". */
  kind?: string;
  authors: string[];
  /** BCP 47 tag: picks quotation marks, line breaking and font shaping in Chromium. */
  lang: string;
}

// 800×1280 CSS px at device scale 2: the CSS works in a comfortable unit and the
// JPEG has 1600×2560 pixels.
const viewport = { width: 800, height: 1280, deviceScaleFactor: 2 };
const quality = 90;
// The title's smallest font size (px), and the smallest it shrinks to for one long word.
const titleSizes = { smallest: 40, longWord: 64 };

/** The cover as JPEG bytes; the same input gives the same bytes on one Chromium build. */
export async function renderCover(browser: Browser, input: CoverInput): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setViewport(viewport);
    await page.goto(pathToFileURL(templatePath("cover.html")).href, { waitUntil: "load" });
    // Font files by file:// URL, as the PDFs load them; the template only names the family.
    await page.addStyleTag({ content: fontFaceCss((font) => pathToFileURL(font.path).href) });
    const text = { ...input, kind: input.kind ?? "", authors: listOfNames(input.authors) };
    await page.evaluate(fillAndFit, text, titleSizes);
    const jpeg = await page.screenshot({ type: "jpeg", quality, captureBeyondViewport: false });
    return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Runs in the page. Text goes in as text nodes (`textContent`), never as markup;
 * then every font face is loaded before measuring, so the fit and the pixels do
 * not depend on how fast a font arrived.
 */
async function fillAndFit(
  text: { title: string; kind: string; authors: string; lang: string },
  sizes: { smallest: number; longWord: number },
) {
  document.documentElement.lang = text.lang;
  for (const id of ["title", "kind", "authors"] as const) {
    const element = document.getElementById(id)!;
    element.textContent = text[id];
    element.hidden = text[id] === "";
  }
  await Promise.all([...document.fonts].map((face) => face.load()));
  await document.fonts.ready;
  // Shrink a long title step by step: first until its longest word fits the width (down
  // to a size that still reads as a title; a longer word is broken instead), then until
  // it fits the space between label and byline. The box hides overflow, so scroll sizes
  // tell. No named helpers in here: tsx wraps them in a `__name()` the page lacks.
  const box = document.getElementById("title-box")!;
  const title = document.getElementById("title")!;
  let size = parseFloat(getComputedStyle(title).fontSize);
  while (title.scrollWidth > title.clientWidth && size > sizes.longWord) title.style.fontSize = `${(size -= 2)}px`;
  if (title.scrollWidth > title.clientWidth) title.style.overflowWrap = "anywhere";
  while (box.scrollHeight > box.clientHeight && size > sizes.smallest) title.style.fontSize = `${(size -= 2)}px`;
}
