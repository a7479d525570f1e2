// epub-gen-memory's `genEpub()` stamps every zip entry with the current time and names
// images with random UUIDs, so two builds of the same input differ byte for byte. This
// subclass renders the same files, then gives them stable names and one fixed date.
// It also stores the cover image, given as bytes, under the name the templates use.
import { type Content, EPub, type Options } from "epub-gen-memory";

export interface CoverFile {
  /** Relative to OEBPS/, as the package document and the cover page refer to it. */
  href: string;
  bytes: Uint8Array;
}

export class ReproducibleEPub extends EPub {
  constructor(
    options: Options,
    content: Content,
    private readonly coverFile?: CoverFile,
  ) {
    super(options, content);
  }

  /** Renders the book and returns the zip with every entry dated `date`. */
  async generateReproducible(date: Date): Promise<Uint8Array> {
    this.renameImagesStably();
    await this.render();
    // JSZip writes each entry's own `date` (as UTC DOS time) and falls back to "now";
    // folder entries ("OEBPS/", "META-INF/") have dates too, so set them on every entry.
    for (const entry of Object.values(this.zip.files)) {
      entry.date = date;
    }
    // `mimetype` was added first with `compression: "STORE"`, and a per-file compression
    // option wins over this default, so it stays first and uncompressed (OCF §4.3).
    return this.zip.generateAsync({
      type: "uint8array",
      mimeType: "application/epub+zip",
      compression: "DEFLATE",
      compressionOptions: { level: 9 },
    });
  }

  /**
   * epub-gen-memory's own makeCover() fetches `options.cover` (a URL or a File) and names
   * it "cover.<extension `mime` guesses>", a name only the package template is told;
   * the cover page needs it too, so the bytes and the name come from packageEpub().
   */
  protected override async makeCover(): Promise<void> {
    if (this.coverFile) this.zip.file(`OEBPS/${this.coverFile.href}`, this.coverFile.bytes);
  }

  /**
   * The constructor has already rewritten each `<img src>` to `images/<uuid>.<ext>`.
   * Renaming must happen before `render()`, which writes the chapters and the manifest
   * (the manifest id is the image id too). A UUID occurs nowhere else in the markup,
   * so replacing the path text is exact.
   */
  private renameImagesStably(): void {
    this.images.forEach((image, index) => {
      const stableId = `image-${index + 1}`;
      for (const chapter of this.content) {
        chapter.content = chapter.content.replaceAll(`images/${image.id}.`, `images/${stableId}.`);
      }
      image.id = stableId;
    });
  }
}
