// The EPUB as the preview shows it: the build's EPUB (made without its cover,
// which the preview does not show), opened as a reading system opens it:
// META-INF/container.xml names the package, whose spine orders the chapters.
// The preview serves the EPUB's own files by their names in the ZIP, and
// nothing else.
import { posix } from "node:path";
import JSZip from "jszip";
import { DOMParser } from "linkedom";

export interface EpubFiles {
  /** Every file in the ZIP, by its path there. */
  files: Map<string, Uint8Array>;
  /** The spine's chapters, in reading order, as paths in the ZIP. */
  chapters: string[];
}

export async function epubFiles(epub: Uint8Array): Promise<EpubFiles> {
  const zip = await JSZip.loadAsync(epub);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async("uint8array"));
  }
  const xml = (path: string) => {
    const bytes = files.get(path);
    return bytes && new DOMParser().parseFromString(new TextDecoder().decode(bytes), "text/xml");
  };
  const container = xml("META-INF/container.xml");
  const opfPath = container?.querySelector("rootfile")?.getAttribute("full-path");
  const opf = opfPath ? xml(opfPath) : undefined;
  if (!opfPath || !opf) throw new Error("the EPUB has no package document");
  const items = [...opf.querySelectorAll("manifest > item")];
  const hrefs = new Map(items.map((item) => [item.getAttribute("id"), item.getAttribute("href")]));
  const chapters = [...opf.querySelectorAll("spine > itemref")].flatMap((ref) => {
    const href = hrefs.get(ref.getAttribute("idref"));
    return href ? [posix.join(posix.dirname(opfPath), decodeURIComponent(href))] : [];
  });
  return { files, chapters };
}
