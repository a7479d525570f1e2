// A PDF's bookmarks as a viewer's sidebar shows them (pdf.js), each with the
// page it opens, named destinations resolved.
import type { PDFDocumentProxy } from "./document.ts";

export interface OutlineEntry {
  title: string;
  /** The page it opens, from 1 (0 when it opens none). */
  page: number;
  kids: OutlineEntry[];
}

type Item = Awaited<ReturnType<PDFDocumentProxy["getOutline"]>>[number];

export async function readOutline(pdf: PDFDocumentProxy): Promise<OutlineEntry[]> {
  const convert = async (items: Item[]): Promise<OutlineEntry[]> =>
    Promise.all(
      items.map(async (item) => ({
        title: item.title,
        page: await pageOf(pdf, item.dest),
        kids: await convert(item.items),
      })),
    );
  return convert((await pdf.getOutline()) ?? []);
}

async function pageOf(pdf: PDFDocumentProxy, dest: Item["dest"]): Promise<number> {
  const explicit = typeof dest === "string" ? await pdf.getDestination(dest) : dest;
  const target = explicit?.[0];
  if (typeof target === "number") return target + 1;
  if (target && typeof target === "object" && "num" in target)
    return (await pdf.getPageIndex(target).catch(() => -1)) + 1;
  return 0;
}
