// Bookmarks open the pages of their headings: an article whose headings'
// ids are not plain ASCII, as in the Mostly Adequate book.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import type { PrintEdition } from "../scripts/check/pdf/context.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { runFolio } from "./helpers/run.ts";
import { type OutlineEntry, pdfInfo, pdfOutline, pdfText } from "./helpers/tools.ts";

/** About a third of a page of text. */
const FILLER = Array.from({ length: 3 }, () => "A paragraph of text that keeps a heading or a picture away from the one before. ".repeat(6)).join("\n\n");

/** Each heading a page further on than the one before. */
const PAGE = `${FILLER}\n\n${FILLER}\n\n${FILLER}`;

const HEADINGS = `---
title: Headings of every kind
author: Jane Doe
---

${FILLER}

## Schrödinger’s Maybe

${PAGE}

## Ørsted’s needle

${PAGE}

<h2 id="odd:id here">An id with a colon and a space</h2>

${FILLER}
`;

let work: string;
const out = () => join(work, "out");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-bookmarks-notes-"));
  const articles = join(work, "articles");
  await mkdir(articles, { recursive: true });
  await writeFile(join(articles, "headings.md"), HEADINGS);
  const run = await runFolio(["build", articles, "--out", out(), "--edition", "pdf", "--edition", "handout"]);
  assert.equal(run.code, 0, run.stderr);
});
after(() => rm(work, { recursive: true, force: true }));

/** The failed checks of one edition: id → problems. */
async function failures(input: string, file: string, edition: PrintEdition) {
  const { publication } = await loadPublication(input, work);
  const results = await checkPdf(join(out(), file), edition, expectationsOf(publication));
  return Object.fromEntries(results.filter((r) => r.status !== "pass").map((r) => [r.id, r.problems]));
}

async function pages(file: string): Promise<string[]> {
  const count = Number((await pdfInfo(join(out(), file))).Pages);
  return Promise.all(Array.from({ length: count }, (_, i) => pdfText(join(out(), file), i + 1)));
}

const entries = (outline: OutlineEntry[]): OutlineEntry[] => outline.flatMap((entry) => [entry, ...entries(entry.kids)]);

describe("headings whose ids are not plain ASCII", () => {
  for (const [edition, file] of [["pdf", "headings.pdf"], ["handout", "headings-handout.pdf"]] as const) {
    test(`should each have a bookmark that opens its page in the ${edition}`, async () => {
      const text = await pages(file);
      const titles = ["Schrödinger’s Maybe", "Ørsted’s needle", "An id with a colon and a space"];
      const found = entries(await pdfOutline(join(out(), file))).filter((entry) => titles.includes(entry.title));
      assert.deepEqual(found.map((entry) => entry.title), titles);
      const printed = titles.map((title) => text.findIndex((t) => t.includes(title)) + 1);
      assert.ok(printed[0] > 0 && printed[1] > printed[0] && printed[2] > printed[1], `the headings on pages ${printed.join(", ")}`);
      assert.deepEqual(found.map((entry) => entry.page), printed, "the pages their bookmarks open");
      assert.deepEqual(await failures(join(work, "articles", "headings.md"), file, edition), {});
    });
  }
});
