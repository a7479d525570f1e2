// Reading an EPUB back: its files, and the parts of the package document, the
// navigation document and the NCX that the checks compare. The markup is
// XHTML written by a program (Folio, Calibre), so a scan of start tags and
// their attributes is enough: no XML parser needed.
import { posix } from "node:path";
import JSZip from "jszip";

/** Every `<tag …>` start tag in `markup`, as its attributes (in any order). */
export function startTags(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attributes]) =>
    Object.fromEntries(
      [...attributes.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(
        ([, name, v1, v2]) => [name, v1 ?? v2],
      ),
    ),
  );
}

/** Markup to plain text: tags dropped, the usual entities decoded, spaces collapsed. */
export function plainText(markup: string): string {
  const named: Record<string, string> = {
    amp: "&",
    lt: "<",
    gt: ">",
    quot: '"',
    apos: "'",
    nbsp: "\u00a0",
  };
  return markup
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (entity, name: string) =>
      name[0] === "#"
        ? String.fromCodePoint(
            Number(name[1] === "x" || name[1] === "X" ? `0${name.slice(1)}` : name.slice(1)),
          )
        : (named[name] ?? entity),
    )
    .replace(/\s+/g, " ")
    .trim();
}

export interface NavEntry {
  /** As written in the file. */
  href: string;
  label: string;
}

export class Epub {
  private constructor(readonly zip: JSZip) {}

  static async load(bytes: Uint8Array): Promise<Epub> {
    return new Epub(await JSZip.loadAsync(bytes));
  }

  /** The names of the files in the zip, folders left out. */
  get names(): string[] {
    return Object.values(this.zip.files)
      .filter((file) => !file.dir)
      .map((file) => file.name);
  }

  text(path: string): Promise<string> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`no ${path} in the EPUB`);
    return file.async("string");
  }

  bytes(path: string): Promise<Uint8Array> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`no ${path} in the EPUB`);
    return file.async("uint8array");
  }

  /** The package document's path, from META-INF/container.xml. */
  async opfPath(): Promise<string> {
    const [rootfile] = startTags(await this.text("META-INF/container.xml"), "rootfile");
    if (!rootfile?.["full-path"])
      throw new Error("META-INF/container.xml names no package document");
    return rootfile["full-path"];
  }

  /** The path in the zip of `href` as written in the file `from`. */
  resolve(from: string, href: string): string {
    return posix.normalize(posix.join(posix.dirname(from), decodeURIComponent(href.split("#")[0])));
  }

  async manifest(): Promise<Record<string, string>[]> {
    return startTags(await this.text(await this.opfPath()), "item");
  }

  /** The manifest hrefs of the spine, in reading order. */
  async spine(): Promise<string[]> {
    const opf = await this.text(await this.opfPath());
    const items = new Map(startTags(opf, "item").map((item) => [item.id, item.href]));
    return startTags(opf, "itemref").map((ref) => items.get(ref.idref) ?? `?${ref.idref}`);
  }

  /** The values of `<meta property="name">` in the package document. */
  async metadata(name: string): Promise<string[]> {
    const opf = await this.text(await this.opfPath());
    return [...opf.matchAll(new RegExp(`<meta property="${name}"[^>]*>([^<]*)</meta>`, "g"))].map(
      (m) => m[1],
    );
  }

  /** The path in the zip of the navigation document (manifest `properties="nav"`). */
  async navPath(): Promise<string | undefined> {
    const item = (await this.manifest()).find((i) =>
      (i.properties ?? "").split(/\s+/).includes("nav"),
    );
    return item && this.resolve(await this.opfPath(), item.href);
  }

  /** The path in the zip of the NCX (EPUB 2's table of contents), if there is one. */
  async ncxPath(): Promise<string | undefined> {
    const item = (await this.manifest()).find(
      (i) => i["media-type"] === "application/x-dtbncx+xml",
    );
    return item && this.resolve(await this.opfPath(), item.href);
  }

  /** The entries of the `<nav epub:type="…">` named, in the navigation document. */
  async nav(type: "toc" | "landmarks"): Promise<(NavEntry & { type?: string })[]> {
    const path = await this.navPath();
    if (!path) return [];
    const nav = new RegExp(`<nav\\b[^>]*epub:type="${type}"[^>]*>(.*?)</nav>`, "s").exec(
      await this.text(path),
    );
    return [...(nav?.[1] ?? "").matchAll(/<a\b([^>]*)>(.*?)<\/a>/gs)].map(
      ([, attributes, label]) => {
        const { href, "epub:type": landmark } = startTags(`<a ${attributes}>`, "a")[0];
        return { href, label: plainText(label), ...(landmark ? { type: landmark } : {}) };
      },
    );
  }

  /** The NCX's navPoints, in document (play) order. */
  async ncx(): Promise<NavEntry[]> {
    const path = await this.ncxPath();
    if (!path) return [];
    const ncx = await this.text(path);
    return [
      ...ncx.matchAll(
        /<navPoint\b[^>]*>\s*<navLabel>\s*<text>(.*?)<\/text>\s*<\/navLabel>\s*<content\b([^>]*)>/gs,
      ),
    ].map(([, label, attributes]) => ({
      href: startTags(`<content ${attributes}>`, "content")[0].src,
      label: plainText(label),
    }));
  }
}
