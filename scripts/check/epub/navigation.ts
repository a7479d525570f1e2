// The table of contents every reader shows: the EPUB 3 navigation document and
// the EPUB 2 NCX (which Kindle and older readers use) list the same entries in
// the same order, and every document of the reading order but the cover is in it.
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";
import type { Epub, NavEntry } from "./read-epub.ts";

export const navigationCheck: Check<EpubContext> = {
  id: "kindle-navigation",
  title: "Send to Kindle: navigation and NCX list the same entries, every chapter among them",
  async run({ epub }) {
    const book = await epub();
    const [navPath, ncxPath] = [await book.navPath(), await book.ncxPath()];
    if (!navPath)
      return [
        problem({
          file: await book.opfPath(),
          message: 'no navigation document (a manifest item with properties="nav")',
        }),
      ];
    if (!ncxPath)
      return [
        problem({
          file: await book.opfPath(),
          message:
            "no NCX (application/x-dtbncx+xml): Kindle and older readers show no table of contents",
        }),
      ];
    const resolved = (from: string, entries: NavEntry[]) =>
      entries.map((e) => ({ path: book.resolve(from, e.href), label: e.label }));
    const nav = resolved(navPath, await book.nav("toc"));
    const ncx = resolved(ncxPath, await book.ncx());
    const problems: CheckMessage[] = [];
    const show = (e: { path: string; label: string }) => `“${e.label}” (${e.path})`;
    for (const e of ncx)
      if (!nav.some((n) => n.path === e.path))
        problems.push(
          problem({
            file: navPath,
            message: `the navigation document does not list ${show(e)}, which the NCX lists`,
          }),
        );
    for (const e of nav)
      if (!ncx.some((n) => n.path === e.path))
        problems.push(
          problem({
            file: ncxPath,
            message: `the NCX does not list ${show(e)}, which the navigation document lists`,
          }),
        );
    if (problems.length === 0) {
      for (const [i, e] of nav.entries()) {
        const other = ncx[i];
        if (other.path !== e.path)
          problems.push(
            problem({
              file: ncxPath,
              message: `entry ${i + 1} is ${show(e)} in the navigation document but ${show(other)} in the NCX`,
            }),
          );
        else if (other.label !== e.label)
          problems.push(
            problem({
              file: ncxPath,
              message: `${e.path} is “${e.label}” in the navigation document but “${other.label}” in the NCX`,
            }),
          );
      }
    }
    for (const path of await unlisted(
      book,
      [...nav, ...ncx].map((e) => e.path),
      navPath,
    )) {
      problems.push(
        problem({
          file: navPath,
          message: `${path} is in the reading order but in no table of contents`,
        }),
      );
    }
    return problems;
  },
};

/** The spine's documents that no entry points at, the cover and title pages and the navigation document left out. */
async function unlisted(book: Epub, listed: string[], navPath: string): Promise<string[]> {
  const opf = await book.opfPath();
  const spine = (await book.spine()).map((href) => book.resolve(opf, href));
  const missing: string[] = [];
  for (const path of spine) {
    if (listed.includes(path) || path === navPath) continue;
    const markup = await book.text(path).catch(() => "");
    // The cover and a book's title page: landmarks, not parts of the text.
    if (/<body\b[^>]*epub:type="[^"]*\b(cover|titlepage)\b/.test(markup)) continue;
    missing.push(path);
  }
  return missing;
}
