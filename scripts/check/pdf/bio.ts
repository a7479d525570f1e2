// The bios alone at the end: their heading on one page only, on the last page
// or, when a book's bios run over several pages, on the page where they
// start, each author's bio from there on in order, the last one ending on the
// last page (in a handout, the last printed on: see blankBackOfSheet).
import { flat } from "../text.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import { blankBackOfSheet, expectations, type PdfContext } from "./context.ts";

export const bioCheck: Check<PdfContext> = {
  id: "pdf-bio",
  title: "the bio on the last page",
  async run(context) {
    const { bio } = expectations(context);
    if (!bio) return []; // plain-name authors: no bio page to look for
    const texts = await context.texts();
    // The last page printed on: a handout may end with the blank back of its last sheet.
    const last = texts.length - (blankBackOfSheet(context.edition, texts) ? 1 : 0);
    const heading = flat(bio.heading);
    const on = texts.flatMap((text, i) => (text.includes(heading) ? [i + 1] : []));
    const first = on[on.length - 1] ?? 0;
    // The page of each bio, searched in order from the heading's page: 0 where not found.
    let from = first;
    const pages = bio.starts.map(
      (start) =>
        (from = from && texts.findIndex((text, i) => i + 1 >= from && text.includes(start)) + 1),
    );
    const runOver =
      first > 0 && pages.every((page) => page > 0) && texts[last - 1].includes(bio.end);
    const problems: CheckMessage[] = [];
    if (first !== last && !runOver) {
      problems.push(
        problem({
          page: last,
          message: `the last page does not show “${bio.heading}”${on.length ? `: it is on page ${on.join(", ")}` : ""}`,
        }),
      );
    } else if (pages[0] !== first) {
      const message =
        first === last
          ? "the last page shows the bio's heading but not the start of its text"
          : `page ${first} shows “${bio.heading}” but not the start of the first bio`;
      problems.push(problem({ page: first, message }));
    } else {
      for (const [i, page] of pages.entries())
        if (page === 0)
          problems.push(
            problem({
              page: first,
              message: `bio ${i + 1} of ${pages.length} is printed on no page from page ${first} on`,
            }),
          );
    }
    // Where the bio is not on the last page, the message above already says where it is.
    const where = first === last ? "the last page" : `page ${first}`;
    const others = on.filter((n) => n !== first).slice(bio.inContents ? 1 : 0);
    if (problems.length === 0)
      for (const page of others)
        problems.push(
          problem({ page, message: `“${bio.heading}” is printed here too, not only on ${where}` }),
        );
    return problems;
  },
};
