// The author's bio alone at the end: its heading and first words on the last
// page, and the heading on no other page.
import { flat } from "../text.ts";
import type { Check, Problem } from "../types.ts";
import { expectations, type PdfContext } from "./context.ts";

export const bioCheck: Check<PdfContext> = {
  id: "pdf-bio",
  title: "the bio on the last page",
  async run(context) {
    const { bio } = expectations(context);
    if (!bio) return []; // plain-name authors: no bio page to look for
    const texts = await context.texts();
    const last = texts.length;
    const heading = flat(bio.heading);
    const on = texts.flatMap((text, i) => (text.includes(heading) ? [i + 1] : []));
    const problems: Problem[] = [];
    if (!on.includes(last)) {
      problems.push({ page: last, message: `the last page does not show “${bio.heading}”${on.length ? `: it is on page ${on.join(", ")}` : ""}` });
    } else if (!texts[last - 1].includes(bio.start)) {
      problems.push({ page: last, message: "the last page shows the bio's heading but not the start of its text" });
    }
    // Where the bio is not on the last page, the message above already says where it is.
    if (problems.length === 0) for (const page of on.filter((n) => n !== last)) problems.push({ page, message: `“${bio.heading}” is printed here too, not only on the last page` });
    return problems;
  },
};
