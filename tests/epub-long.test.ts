// The EPUBs of long real documents (../shared/corpus, read at run time, never
// copied into the project): Pandoc's manual as one file (as a book of 23
// chapters, see book-long.test.ts) and the book mostly-adequate-guide, built
// as their EPUBs alone with --check: W3C EPUBCheck 0 errors 0 warnings, Ace
// by DAISY no violation, and what Send to Kindle needs.
import assert from "node:assert/strict";
import { realpathSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import type { PublicationReport } from "../scripts/check/report.ts";
import { runFolio } from "./helpers/run.ts";

// Its real path: beside a worktree the corpus is reached through a symbolic link, and
// the guide's missing images would read as outside its folder (a real one's path is resolved).
const corpus = (path: string) =>
  realpathSync(fileURLToPath(new URL(`../../shared/corpus/${path}`, import.meta.url)));
let work: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-epub-long-"));
});
after(() => rm(work, { recursive: true, force: true }));

for (const [path, slug] of [
  ["pandoc-manual.md", "pandoc-manual"],
  ["real/book/mostly-adequate-guide", "mostly-adequate-guide"],
]) {
  test(`should build ${slug} into an EPUB that passes EPUBCheck, Ace and the Kindle checks`, async () => {
    const out = join(work, slug);
    const run = await runFolio([
      "build",
      corpus(path),
      "--out",
      out,
      "--edition",
      "epub",
      "--timeout",
      "300",
      "--check",
    ]);
    // Both keep warnings of their own (bare addresses, links to pages of their sites): the manuscript's check fails on them.
    assert.doesNotMatch(run.stderr, /: error: /);
    const report = JSON.parse(
      await readFile(join(out, `${slug}.check.json`), "utf8"),
    ) as PublicationReport;
    const epub = report.editions.find((edition) => edition.edition === "epub")!;
    assert.deepEqual(
      epub.results.filter((result) => result.status !== "pass"),
      [],
    );
    assert.ok(
      epub.results.some((result) => result.title.startsWith("Ace by DAISY")),
      "Ace ran",
    );
  });
}
