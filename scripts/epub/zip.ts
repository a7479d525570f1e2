// The EPUB's container: a ZIP (OCF 3.2 §4) made by JSZip, which `folio check`
// reads EPUBs with too. Every entry has the one date given (JSZip writes it as
// UTC DOS time) and no folder entries are added, so the same files give the same
// bytes; `mimetype` comes first and stored, as OCF asks.
import JSZip from "jszip";

export interface ZipEntry {
  /** The path inside the zip, ASCII, with `/` between folders. */
  name: string;
  data: Uint8Array | string;
  /**
   * Stored as it is: `mimetype`, and files that are compressed already (WOFF2
   * fonts), which deflate would only make slower.
   */
  store?: boolean;
}

/** The entries as a ZIP file, in the order given, every one dated `date`. */
export function zip(entries: ZipEntry[], date: Date): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const entry of entries) {
    archive.file(entry.name, entry.data, { date, createFolders: false, compression: entry.store ? "STORE" : "DEFLATE" });
  }
  return archive.generateAsync({ type: "uint8array", compressionOptions: { level: 9 } });
}
