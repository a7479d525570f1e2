// Bookmarks: the PDF has an outline, and each entry opens the page where its
// heading is printed. Entries come in reading order, so each heading is looked
// for from the page of the entry before it (the title also stands in running
// heads further on).
import { type OutlineEntry, readOutline } from "../read-pdf/outline.ts";
import { flat, quote } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const outlineCheck: Check<PdfContext> = {
  id: "pdf-outline",
  title: "bookmarks that open the pages of their headings",
  async run({ pdf, texts: pageTexts }) {
    const entries = flatten(await readOutline(await pdf()));
    if (entries.length === 0)
      return [
        problem({ message: "no bookmarks (outline): a reader can't jump to the title or the bio" }),
      ];
    const texts = await pageTexts();
    const problems: CheckMessage[] = [];
    let from = 1;
    for (const { title, page } of entries) {
      const heading = flat(title);
      const printedOn = (n: number) => texts[n - 1]?.includes(heading) ?? false;
      const first = texts.findIndex((text, i) => i + 1 >= from && text.includes(heading)) + 1;
      if (page >= from && printedOn(page)) {
        from = page;
      } else if (first > 0) {
        problems.push(
          problem({
            page,
            message: `the bookmark ${quote(title)} opens page ${page || "none"}; its heading is on page ${first}`,
          }),
        );
        from = first;
      } else {
        problems.push(
          problem({
            page,
            message: `the bookmark ${quote(title)} opens page ${page || "none"}; its heading is printed on no page from page ${from} on`,
          }),
        );
      }
    }
    return problems;
  },
};

function flatten(entries: OutlineEntry[]): OutlineEntry[] {
  return entries.flatMap((entry) => [entry, ...flatten(entry.kids)]);
}
