// The cover image an EPUB names, read from its bytes as a reading system finds
// it: META-INF/container.xml names the package document, whose manifest marks
// the cover (EPUB 3: properties="cover-image"; EPUB 2: <meta name="cover">).
// Read from the EPUB as built, so that the page and the catalog show the cover
// the e-reader shows, however the EPUB stage makes it. The two XML files are
// read by fast-xml-parser: loading a DOM (linkedom, 199 files) took 0.14-0.17 s
// at the end of every build with an EPUB, for two attributes and a list.
import { posix } from "node:path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import type { Image } from "./thumbnail.ts";

/** An element as the parser gives it: its attributes by name, its children by tag. */
type XmlElement = { [name: string]: string | XmlElement[] | undefined };

// Attributes as plain keys; `opf:item` read as `item`; the elements looked for always lists.
const LISTS = new Set(["rootfile", "item", "meta"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: true,
  isArray: (name) => LISTS.has(name),
});

export async function coverOfEpub(epub: Uint8Array): Promise<Image | undefined> {
  const zip = await JSZip.loadAsync(epub);
  const xml = async (path: string) => {
    const text = await zip.file(path)?.async("string");
    return text === undefined ? undefined : (parser.parse(text) as XmlElement);
  };
  const container = await xml("META-INF/container.xml");
  const opfPath = attribute(find(container, "container", "rootfiles", "rootfile")[0], "full-path");
  const opf = opfPath ? await xml(opfPath) : undefined;
  if (!opfPath || !opf) return undefined;
  const cover = find(opf, "package", "metadata", "meta").find(
    (m) => attribute(m, "name") === "cover",
  );
  const id = attribute(cover, "content");
  const items = find(opf, "package", "manifest", "item");
  const item =
    items.find((i) => /(^|\s)cover-image(\s|$)/.test(attribute(i, "properties") ?? "")) ??
    items.find((i) => id && attribute(i, "id") === id);
  const href = attribute(item, "href");
  const mediaType = attribute(item, "media-type");
  if (!href || !mediaType?.startsWith("image/")) return undefined;
  const file = zip.file(posix.join(posix.dirname(opfPath), decodeURIComponent(href)));
  return file ? { bytes: await file.async("uint8array"), mediaType } : undefined;
}

/** The elements at the end of `path` (each step the first element of its name). */
function find(root: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let at: XmlElement | undefined = root;
  for (const [i, name] of path.entries()) {
    const next: string | XmlElement | XmlElement[] | undefined = at?.[name];
    if (i === path.length - 1) return Array.isArray(next) ? next : [];
    at = Array.isArray(next) ? next[0] : typeof next === "object" ? next : undefined;
  }
  return [];
}

/** An attribute of the element. */
function attribute(element: XmlElement | undefined, name: string): string | undefined {
  const value = element?.[name];
  return typeof value === "string" ? value : undefined;
}
