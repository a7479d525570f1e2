// Reading an EPUB back: its files, and the parts of the package document, the
// navigation document and the NCX that tests compare. The markup is Folio's own
// (or Calibre's), so a tag-and-attribute scan is enough: no XML parser needed.
import JSZip from "jszip";

/** Every `<tag …>` start tag in `markup`, as its attributes (in any order). */
export function startTags(markup: string, tag: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );
}

export interface NavEntry {
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
    return Object.values(this.zip.files).filter((file) => !file.dir).map((file) => file.name);
  }

  text(path: string): Promise<string> {
    const file = this.zip.file(path);
    if (!file) throw new Error(`no ${path} in the EPUB`);
    return file.async("string");
  }

  async manifest(): Promise<Record<string, string>[]> {
    return startTags(await this.text("OEBPS/content.opf"), "item");
  }

  /** The manifest hrefs of the spine, in reading order. */
  async spine(): Promise<string[]> {
    const opf = await this.text("OEBPS/content.opf");
    const items = new Map(startTags(opf, "item").map((item) => [item.id, item.href]));
    return startTags(opf, "itemref").map((ref) => items.get(ref.idref) ?? `?${ref.idref}`);
  }

  /** The values of `<meta property="name">` in the package document. */
  async metadata(name: string): Promise<string[]> {
    const opf = await this.text("OEBPS/content.opf");
    return [...opf.matchAll(new RegExp(`<meta property="${name}"[^>]*>([^<]*)</meta>`, "g"))].map((m) => m[1]);
  }

  /** The entries of the `<nav epub:type="…">` named, in the navigation document. */
  async nav(type: "toc" | "landmarks"): Promise<(NavEntry & { type?: string })[]> {
    const nav = new RegExp(`<nav epub:type="${type}"[^>]*>(.*?)</nav>`, "s").exec(await this.text("OEBPS/toc.xhtml"));
    return [...(nav?.[1] ?? "").matchAll(/<a ([^>]*)>([^<]*)<\/a>/g)].map(([, attributes, label]) => {
      const { href, "epub:type": landmark } = startTags(`<a ${attributes}>`, "a")[0];
      return { href, label, ...(landmark ? { type: landmark } : {}) };
    });
  }

  /** The NCX's navPoints, in play order. */
  async ncx(): Promise<NavEntry[]> {
    const ncx = await this.text("OEBPS/toc.ncx");
    return [...ncx.matchAll(/<navPoint[^>]*>\s*<navLabel><text>([^<]*)<\/text><\/navLabel>\s*<content src="([^"]*)"\/>/g)].map(
      ([, label, href]) => ({ href, label }),
    );
  }
}
