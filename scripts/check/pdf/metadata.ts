// Title, Author and language in the file: what a viewer shows in its title bar
// and search results, and the language a screen reader speaks in (/Lang).
import { PDFHexString, PDFName, PDFString } from "pdf-lib";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { PdfContext } from "./context.ts";

export const metadataCheck: Check<PdfContext> = {
  id: "pdf-metadata",
  title: "Title, Author and language (/Lang) set",
  async run({ doc, expect }) {
    const pdf = await doc();
    const found = {
      Title: pdf.getTitle()?.trim() ?? "",
      Author: pdf.getAuthor()?.trim() ?? "",
      "/Lang":
        pdf.catalog.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString)?.decodeText().trim() ??
        "",
    };
    // Without a manuscript, set is all that can be asked; with one, set to what it says.
    const wanted: Record<keyof typeof found, string | undefined> = {
      Title: expect?.title,
      Author: expect ? expect.authors.join(", ") : undefined,
      "/Lang": expect?.lang,
    };
    const problems: CheckMessage[] = [];
    for (const key of Object.keys(found) as (keyof typeof found)[]) {
      const want = wanted[key];
      if (key === "Author" && want === "") continue; // a manuscript with no author
      if (!found[key])
        problems.push(problem({ message: `no ${key}${want ? `: it should be “${want}”` : ""}` }));
      else if (want !== undefined && found[key] !== want)
        problems.push(
          problem({ message: `${key} is “${found[key]}”, the manuscript says “${want}”` }),
        );
    }
    return problems;
  },
};
