// The links inside a PDF as Chromium writes them: link annotations that go
// to named destinations (/Dest /name), and the catalog's /Dests dictionary
// that says where each name is.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, type PDFRef } from "pdf-lib";

export interface InternalLink {
  /** 1-based page the link is on. */
  page: number;
  /** The clickable area, in PDF points: [left, bottom, right, top]. */
  rect: number[];
  destination: string;
}

export interface Destination {
  page: number;
  /** How far up the page the view goes, in PDF points. */
  y: number;
}

export async function internalLinks(
  pdf: Uint8Array,
): Promise<{ links: InternalLink[]; destinations: Map<string, Destination> }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]));

  const destinations = new Map<string, Destination>();
  const dests = doc.catalog.lookupMaybe(PDFName.of("Dests"), PDFDict);
  for (const [name, value] of dests?.entries() ?? []) {
    const target = doc.context.lookup(value, PDFArray);
    const page = pageOf.get((target.get(0) as PDFRef).toString());
    const y = target.lookup(3);
    if (page)
      destinations.set(name.decodeText(), { page, y: y instanceof PDFNumber ? y.asNumber() : NaN });
  }

  const links: InternalLink[] = [];
  for (const [i, page] of doc.getPages().entries()) {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annotation = doc.context.lookup(ref, PDFDict);
      const destination = annotation.get(PDFName.of("Dest"));
      if (!(destination instanceof PDFName)) continue;
      const rect = annotation
        .lookup(PDFName.of("Rect"), PDFArray)
        .asArray()
        .map((n) => (n as PDFNumber).asNumber());
      links.push({ page: i + 1, rect, destination: destination.decodeText() });
    }
  }
  return { links, destinations };
}
