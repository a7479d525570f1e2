// A thumbnail of the EPUB's cover, for the download page and the catalog's
// listings: 240 px wide (twice the width the page shows it at, for sharp
// screens), the cover's shape kept, as JPEG. The build's Chromium decodes and
// scales the image, as it draws the cover itself: no image library is needed.
import type { Browser, Page } from "puppeteer-core";
import { openWindow } from "../browser/launch.ts";
import { readTemplate } from "../templates.ts";

export interface Image {
  bytes: Uint8Array;
  mediaType: string;
}

const width = 240;
const quality = 85;

/** The thumbnail as JPEG bytes; the same image gives the same bytes on one Chromium build. */
export function thumbnailOf(browser: Browser, image: Image): Promise<Uint8Array> {
  // One page per browser scales its thumbnails, one after another: a page of its
  // own would cost each a renderer process.
  const drawn = (turns.get(browser) ?? Promise.resolve()).catch(() => {}).then(() => draw(browser, image));
  turns.set(browser, drawn);
  return drawn;
}

const turns = new WeakMap<Browser, Promise<unknown>>();
const pages = new WeakMap<Browser, Promise<Page>>();

async function draw(browser: Browser, image: Image): Promise<Uint8Array> {
  let opened = pages.get(browser);
  if (!opened) {
    opened = Promise.all([openWindow(browser), readTemplate("publish/thumbnail.html")]).then(async ([page, html]) => {
      await page.setContent(html, { waitUntil: "load" });
      return page;
    });
    pages.set(browser, opened);
  }
  let page: Page | undefined;
  try {
    page = await opened;
    const src = `data:${image.mediaType};base64,${Buffer.from(image.bytes).toString("base64")}`;
    // Runs in the page: the image is decoded before it is measured and drawn.
    const size = await page.evaluate(async (src) => {
      const img = document.getElementById("cover") as HTMLImageElement;
      img.src = src;
      await img.decode();
      return { width: img.naturalWidth, height: img.naturalHeight };
    }, src);
    await page.setViewport({ width, height: Math.round((width * size.height) / size.width), deviceScaleFactor: 1 });
    const jpeg = await page.screenshot({ type: "jpeg", quality, captureBeyondViewport: false });
    return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
  } catch (error) {
    // The next thumbnail gets a new page, whatever state this one was left in.
    pages.delete(browser);
    void page?.close().catch(() => {});
    throw error;
  }
}
