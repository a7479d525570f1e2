// epub-gen-memory's EPub, extended through its protected members where Folio
// needs more than its options give:
// - it fetches nothing: fonts and images are read from `file:` URLs, and fonts
//   given as bytes come as `data:` URLs; any other address is refused (the
//   library would download it);
// - the same input gives the same bytes: images are numbered in order of
//   appearance (the library names them with random UUIDs), and every ZIP entry
//   carries the one date given (JSZip's default is the time of the build);
// - the ZIP's settings: `mimetype` first and stored (the library adds it so),
//   files that are compressed already stored, the rest deflated at a low level;
// - the cover may still be drawn in the browser: its bytes come as a promise,
//   made the ZIP's last entry by makeCover(), so that the chapters are parsed
//   and every other file rendered and zipped meanwhile. (The library's `cover`
//   option, a File, would have to be ready before the constructor parses.)
// - the text stays text: the library writes every character outside ASCII as a
//   character reference (`&#x627;` for ا), which makes Arabic or Japanese three
//   times its size and the XHTML unreadable; they are written as UTF-8 again.
import { readFile } from "node:fs/promises";
import { type Content, EPub, type Options } from "epub-gen-memory";

// Deflate level of the text files (JSZip's deflate is pako, in JavaScript). On the
// Pandoc manual's 350 KB chapter, best of 15 runs: level 9 (the library's) 65 ms for
// 94.5 KB, level 6 27 ms for 95.0 KB, level 3 13 ms for 105.8 KB, level 1 14 ms for 114.3 KB.
const LEVEL = 3;

// What deflate cannot make smaller: WOFF and WOFF2 fonts, PNG, GIF and WebP images
// are compressed already. TrueType and OpenType fonts are not, and JPEG is worth
// deflating too: Chromium's 113 KB cover JPEG deflates to 72 KB.
const COMPRESSED = new Set(["font/woff", "font/woff2", "image/png", "image/gif", "image/webp"]);

// EPUB 3's core image types: a reading system need show no other.
const IMAGE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/gif",
  "image/webp",
  "image/svg+xml",
]);

/** The cover image, whose bytes may still be drawn. */
export interface CoverFile {
  /** Its name in OEBPS/. */
  href: string;
  mediaType: string;
  bytes: Promise<Uint8Array>;
}

export class ReproducibleEPub extends EPub {
  /** The date of every ZIP entry. */
  private readonly date: Date;
  private readonly coverFile?: CoverFile;

  constructor(options: Options, content: Content, more: { date: Date; cover?: CoverFile }) {
    super(options, content);
    this.date = more.date;
    this.coverFile = more.cover;
    this.numberImages();
    for (const chapter of this.content)
      chapter.content = chapter.content.replace(characterReference, asText);
  }

  /** The EPUB file: every file rendered, then zipped. */
  async bytes(): Promise<Uint8Array> {
    await this.render();
    // Folders too (OEBPS/, META-INF/): each entry of the ZIP has a date.
    for (const entry of Object.values(this.zip.files)) entry.date = this.date;
    return this.generateAsync({
      type: "uint8array",
      mimeType: "application/epub+zip",
      compression: "DEFLATE",
      compressionOptions: { level: LEVEL },
    });
  }

  protected override async downloadAllFonts(): Promise<void> {
    const fonts = this.options.fonts;
    if (fonts.length === 0) return; // no empty folder: EPUBCheck warns of one
    const files = await Promise.all(fonts.map((font) => readLocal(font.url)));
    const folder = this.zip.folder("OEBPS")!.folder("fonts")!;
    for (const [i, font] of fonts.entries()) {
      folder.file(font.filename, files[i], { compression: compression(font.mediaType) });
    }
  }

  protected override async downloadAllImages(): Promise<void> {
    if (this.images.length === 0) return; // as above
    for (const image of this.images) {
      if (!IMAGE_TYPES.has(image.mediaType ?? ""))
        throw new Error(
          `Not an image type an EPUB takes (JPEG, PNG, GIF, WebP or SVG): ${image.url}`,
        );
    }
    const files = await Promise.all(this.images.map((image) => readLocal(image.url)));
    const folder = this.zip.folder("OEBPS")!.folder("images")!;
    for (const [i, image] of this.images.entries()) {
      folder.file(`${image.id}.${image.extension}`, files[i], {
        compression: compression(image.mediaType),
      });
    }
  }

  /**
   * The cover under the name the templates are given, as the last entry of the
   * ZIP: JSZip takes its bytes as a promise, and zips the other entries while it is drawn.
   */
  protected override async makeCover(): Promise<void> {
    const cover = this.coverFile;
    if (cover)
      this.zip
        .folder("OEBPS")!
        .file(cover.href, cover.bytes, { binary: true, compression: compression(cover.mediaType) });
  }

  /** `images/image-1.png`… for the random UUIDs the constructor gave (a UUID occurs nowhere else in the markup). */
  private numberImages(): void {
    this.images.forEach((image, index) => {
      const id = `image-${index + 1}`;
      for (const chapter of this.content)
        chapter.content = chapter.content.replaceAll(`images/${image.id}.`, `images/${id}.`);
      image.id = id;
    });
  }
}

// The library's serializer (dom-serializer in XML mode) writes `&`, `<`, `>`, `"`
// and `'` as named references, and every character outside ASCII as a hexadecimal one.
const characterReference = /&#x([0-9a-f]+);/gi;

function asText(reference: string, hex: string): string {
  const code = parseInt(hex, 16);
  // A markup character stays a reference, as does one XML does not allow as a character.
  return code < 0x80 || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff
    ? reference
    : String.fromCodePoint(code);
}

function compression(mediaType: string | null): "STORE" | "DEFLATE" {
  return COMPRESSED.has(mediaType ?? "") ? "STORE" : "DEFLATE";
}

/** The bytes at a `file:` or base64 `data:` URL; anything else would be a download, and is refused. */
async function readLocal(address: string): Promise<Uint8Array> {
  if (address.startsWith("file:")) return readFile(new URL(address));
  const data = /^data:[^,;]*;base64,/.exec(address);
  if (data) return Buffer.from(address.slice(data[0].length), "base64");
  throw new Error(`Folio never fetches anything, and an EPUB takes local files only: ${address}`);
}
