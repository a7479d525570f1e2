// Notes in the print editions, on generated manuscripts dense with notes
// (helpers/noted-essay.ts: Letter paper, a note in each paragraph of 100 to
// 160 words) built as `folio build` builds them, and read back as `folio
// check` reads them. Each seed below made Paged.js and Folio's handlers go
// wrong in the way its test names, before the handlers that fix it.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { launchBrowser, type LaunchedBrowser } from "../scripts/browser/launch.ts";
import { PagedPages } from "../scripts/pdf/paged-pages.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import type { PrintEdition } from "../scripts/model.ts";
import { notedEssay, noteProblems } from "./helpers/noted-essay.ts";
import { cannotRender as skip } from "./helpers/render-html.ts";

describe("notes", { skip, timeout: 180_000 }, () => {
  let launched: LaunchedBrowser;
  let dir: string;
  let pages: PagedPages;
  before(async () => {
    const found = await findBrowser({ env: process.env });
    launched = await launchBrowser({ executablePath: found!.executablePath });
    dir = await mkdtemp(path.join(tmpdir(), "folio-notes-test-"));
    pages = new PagedPages(Promise.resolve(launched.browser), { folder: dir });
  });
  after(async () => {
    await launched?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** What is wrong with the notes of each seed's essay in `edition`; notes have up to `noteLines` lines of words after their address. */
  async function problems(
    edition: PrintEdition,
    seeds: number[],
    noteLines = 0,
  ): Promise<string[]> {
    const found: string[] = [];
    for (const seed of seeds) {
      const file = path.join(dir, `essay-${edition}-${seed}-${noteLines}.md`);
      await writeFile(
        file,
        notedEssay(seed, {
          paragraphs: 8,
          noteRate: 1,
          noteLines,
          words: [100, 160],
          paper: "letter",
        }),
      );
      const workDir = path.join(dir, path.basename(file, ".md"));
      for (const problem of await noteProblems(pages, file, edition, workDir))
        found.push(`seed ${seed}, ${problem}`);
    }
    return found;
  }

  test("should print each note at the foot of the page of its call, moving the call's line on when the note does not fit", async () => {
    // Paged.js printed the note on the next page, its call left on the last line of this one.
    assert.deepEqual(await problems("pdf", [8, 11, 18, 24]), []);
  });

  test("should split no note that a page can hold whole", async () => {
    // Paged.js printed what fitted of a note of a few lines and the rest on the next page.
    assert.deepEqual(await problems("pdf", [4, 7, 13], 6), []);
  });

  test("should number each handout note as its call, when a note went on to the next page", async () => {
    // Paged.js's counter skipped a note that arrived whole but marked as continued.
    assert.deepEqual(await problems("handout", [10, 25]), []);
  });
});
