// A thumbnail of the EPUB's cover, for the download page and the catalog's
// listings: 240 px wide (twice the width the page shows it at, for sharp
// screens), the cover's shape kept, as JPEG. Scaled by sharp, which the build
// has loaded already for the cover's palette PNG: in the build's Chromium it took
// a window of its own at the end of every build (a renderer process, the image
// sent over the pipe as a data: URL, a screenshot), 0.3-0.45 s on a busy machine
// where sharp takes 20-70 ms.

export interface Image {
  bytes: Uint8Array;
  mediaType: string;
}

const width = 240;
const quality = 85;

/** The thumbnail as JPEG bytes; the same image gives the same bytes with one sharp (libvips) build. */
export async function thumbnailOf(image: Image): Promise<Uint8Array> {
  const { default: sharp } = await import("sharp");
  // Flattened onto white: a cover with transparency has no black behind it, as on the page.
  const jpeg = await sharp(image.bytes)
    .resize({ width })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality })
    .toBuffer();
  return new Uint8Array(jpeg.buffer, jpeg.byteOffset, jpeg.byteLength);
}
