// Popup notes: every note call (`epub:type="noteref"`) links to an `aside`
// marked `epub:type="footnote"` (or endnote); a call that leads elsewhere
// opens as a jump to nowhere on Kindle and Apple Books.
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";
import { startTags } from "./read-epub.ts";

export const noterefsCheck: Check<EpubContext> = {
  id: "kindle-noterefs",
  title: 'Send to Kindle: every note call leads to a note (aside epub:type="footnote")',
  async run({ epub }) {
    const book = await epub();
    const documents = book.names.filter((name) => /\.x?html?$/i.test(name));
    const notes = new Set<string>();
    const markup = new Map<string, string>();
    for (const file of documents) {
      const text = await book.text(file);
      markup.set(file, text);
      for (const aside of startTags(text, "aside")) {
        if (aside.id && /\b(foot|end|rear)note\b/.test(aside["epub:type"] ?? ""))
          notes.add(`${file}#${aside.id}`);
      }
    }
    const problems: CheckMessage[] = [];
    for (const [file, text] of markup) {
      for (const call of startTags(text, "a").filter((a) =>
        /\bnoteref\b/.test(a["epub:type"] ?? ""),
      )) {
        const href = call.href ?? "";
        const hash = href.indexOf("#");
        const target = `${hash > 0 ? book.resolve(file, href) : file}#${hash >= 0 ? decodeURIComponent(href.slice(hash + 1)) : ""}`;
        if (!notes.has(target))
          problems.push(
            problem({
              file,
              message: `the note call ${call.id ? `#${call.id} ` : ""}links to “${href}”, which is no footnote aside`,
            }),
          );
      }
    }
    return problems;
  },
};
