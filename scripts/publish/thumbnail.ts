// A thumbnail of the EPUB's cover, for the download page and the catalog's
// listings: 240 px wide (twice the width the page shows it at, for sharp
// screens), the cover's shape kept, as JPEG. The build's Chromium decodes and
// scales the image, as it draws the cover itself: no image library is needed.
import type { Browser, Page } from "puppeteer-core";
import { sharedWindow } from "../browser/window.ts";
import { readTemplate } from "../templates.ts";

export interface Image {
  bytes: Uint8Array;
  mediaType: string;
}

const width = 240;
const quality = 85;

/** The thumbnail as JPEG bytes; the same image gives the same bytes on one Chromium build. */
export function thumbnailOf(browser: Browser, image: Image): Promise<Uint8Array> {
  return inThumbnailWindow(browser, (page) => draw(page, image));
}

const inThumbnailWindow = sharedWindow(async (page) => {
  await page.setContent(await readTemplate("publish/thumbnail.html"), { waitUntil: "load" });
});

async function draw(page: Page, image: Image): Promise<Uint8Array> {
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
}
