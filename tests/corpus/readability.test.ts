// The 27 saved news and opinion pages of the corpus (../shared/corpus/real/
// readability/, Mozilla Readability's test pages), each imported, all built
// together and checked, as a user would take them: every one must import,
// build, name no date or count as its author, and pass every check of
// `npm run check` on its manuscript, PDF, handout and EPUB. Minutes of work:
// it runs with the corpus tests (`npm run test:corpus`), not in `npm test`.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { corpus, importBuildCheck, type SavedPage } from "../helpers/corpus.ts";

const pages = readdirSync(corpus("readability"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
let work: string;
let results: Map<string, SavedPage>;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-saved-pages-"));
  results = (await importBuildCheck(pages, work)).pages;
});
after(() => rm(work, { recursive: true, force: true }));

test("should find the 27 saved pages", () => assert.equal(pages.length, 27, pages.join(", ")));

for (const page of pages) {
  test(`should import, build and pass every check: ${page}`, async () => {
    const { imported, failed } = results.get(page)!;
    assert.equal(imported.code, 0, imported.stderr);
    const manuscript = await readFile(join(work, "manuscript", `${page}.md`), "utf8");
    const authors =
      /^author: (.*)$/m.exec(manuscript)?.[1] ??
      /^author:\n((?: {2}- .*\n)+)/m.exec(manuscript)?.[1] ??
      "";
    assert.doesNotMatch(authors, /\d/, "no date, time or count as an author");
    assert.ok(failed, "the build wrote its editions and the check its report");
    assert.deepEqual(failed, [], `failed checks:\n${failed.join("\n")}`);
  });
}
