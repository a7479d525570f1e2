// The cover image an EPUB names, read from its bytes as a reading system finds
// it: META-INF/container.xml names the package document, whose manifest marks
// the cover (EPUB 3: properties="cover-image"; EPUB 2: <meta name="cover">).
// Read from the EPUB as built, so that the page and the catalog show the cover
// the e-reader shows, however the EPUB stage makes it.
import { posix } from "node:path";
import JSZip from "jszip";
import { DOMParser } from "linkedom";
import type { Image } from "./thumbnail.ts";

export async function coverOfEpub(epub: Uint8Array): Promise<Image | undefined> {
  const zip = await JSZip.loadAsync(epub);
  const xml = async (path: string) => {
    const text = await zip.file(path)?.async("string");
    return text === undefined ? undefined : new DOMParser().parseFromString(text, "text/xml");
  };
  const opfPath = (await xml("META-INF/container.xml"))
    ?.querySelector("rootfile")
    ?.getAttribute("full-path");
  const opf = opfPath ? await xml(opfPath) : undefined;
  if (!opfPath || !opf) return undefined;
  const id = opf.querySelector('meta[name="cover"]')?.getAttribute("content");
  const items = [...opf.querySelectorAll("manifest > item")];
  const item =
    items.find((i) => /(^|\s)cover-image(\s|$)/.test(i.getAttribute("properties") ?? "")) ??
    items.find((i) => id && i.getAttribute("id") === id);
  const href = item?.getAttribute("href");
  const mediaType = item?.getAttribute("media-type");
  if (!href || !mediaType?.startsWith("image/")) return undefined;
  const file = zip.file(posix.join(posix.dirname(opfPath), decodeURIComponent(href)));
  return file ? { bytes: await file.async("uint8array"), mediaType } : undefined;
}
