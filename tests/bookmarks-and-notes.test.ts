// Bookmarks open the pages of their headings, and notes print under their own
// numbers, in publications of any length: an article for each of the two
// causes found in the Mostly Adequate book (a heading whose id is not ASCII;
// a note called after a picture that moved to the next page), then that book
// itself, read from the corpus beside the project and copied to a temporary
// folder, all built in one run.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import type { PrintEdition } from "../scripts/model.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import { flat } from "../scripts/check/text.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { rgbPng } from "./helpers/png.ts";
import { runFolio } from "./helpers/run.ts";
import { type OutlineEntry, pdfInfo, pdfOutline, pdfText } from "./helpers/tools.ts";

const corpusBook = fileURLToPath(
  new URL("../../shared/corpus/real/book/mostly-adequate-guide", import.meta.url),
);

/** About a third of a page of text. */
const FILLER = Array.from({ length: 3 }, () =>
  "A paragraph of text that keeps a heading or a picture away from the one before. ".repeat(6),
).join("\n\n");

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

/** The words before the call end page 1; the picture, too tall for what is left, and its call open page 2. */
const PICTURE_CALL = `---
title: A picture and its source
author: Jane Doe
---

${FILLER}

${FILLER}

The picture below comes from the archive:

![A tall picture](images/tall.png)[^archive]

The text goes on after the picture.

[^archive]: The archive of the town, box 12.
`;

let work: string;
const out = () => join(work, "out");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-bookmarks-notes-"));
  const articles = join(work, "articles");
  await mkdir(join(articles, "images"), { recursive: true });
  await writeFile(join(articles, "headings.md"), HEADINGS);
  await writeFile(join(articles, "picture-call.md"), PICTURE_CALL);
  await writeFile(
    join(articles, "images", "tall.png"),
    rgbPng(300, 500, (x, y) => ((x + y) % 40 < 20 ? [90, 90, 90] : [200, 200, 200])),
  );
  await copyBook(join(work, "mostly-adequate-guide"));
  const run = await runFolio([
    "build",
    articles,
    join(work, "mostly-adequate-guide"),
    "--out",
    out(),
    "--edition",
    "pdf",
    "--edition",
    "handout",
  ]);
  assert.equal(run.code, 0, run.stderr); // warnings: the book's missing pictures and a link to its exercises' code
});
after(() => rm(work, { recursive: true, force: true }));

/**
 * The corpus's book, with the three links that stop its build today (to the
 * GitBook front page, and to `appendix_b.md#Maybe`/`#Either` whose headings
 * are `## Maybe`) turned into their text: the links are another part of issue 12.
 */
async function copyBook(to: string): Promise<void> {
  await cp(corpusBook, to, { recursive: true });
  for (const name of ["ch04.md", "ch08.md"]) {
    const path = join(to, name);
    const text = await readFile(path, "utf8");
    await writeFile(
      path,
      text.replace(/\[([^\]]+)\]\(\.\/(?:README\.md|appendix_b\.md)#[^)]*\)/g, "$1"),
    );
  }
}

/** The failed checks of one edition: id → problems. */
async function failures(input: string, file: string, edition: PrintEdition) {
  const { publication } = await loadPublication(input, work);
  const results = await checkPdf(join(out(), file), edition, expectationsOf(publication));
  return Object.fromEntries(
    results.filter((r) => r.status !== "pass").map((r) => [r.id, r.problems]),
  );
}

async function pages(file: string): Promise<string[]> {
  const count = (await pdfInfo(join(out(), file))).pages;
  return Promise.all(Array.from({ length: count }, (_, i) => pdfText(join(out(), file), i + 1)));
}

const entries = (outline: OutlineEntry[]): OutlineEntry[] =>
  outline.flatMap((entry) => [entry, ...entries(entry.kids)]);

describe("headings whose ids are not plain ASCII", () => {
  for (const [edition, file] of [
    ["pdf", "headings.pdf"],
    ["handout", "headings-handout.pdf"],
  ] as const) {
    test(`should each have a bookmark that opens its page in the ${edition}`, async () => {
      const text = await pages(file);
      const titles = ["Schrödinger’s Maybe", "Ørsted’s needle", "An id with a colon and a space"];
      const found = entries(await pdfOutline(join(out(), file))).filter((entry) =>
        titles.includes(entry.title),
      );
      assert.deepEqual(
        found.map((entry) => entry.title),
        titles,
      );
      const printed = titles.map((title) => text.findIndex((t) => t.includes(title)) + 1);
      assert.ok(
        printed[0] > 0 && printed[1] > printed[0] && printed[2] > printed[1],
        `the headings on pages ${printed.join(", ")}`,
      );
      assert.deepEqual(
        found.map((entry) => entry.page),
        printed,
        "the pages their bookmarks open",
      );
      assert.deepEqual(await failures(join(work, "articles", "headings.md"), file, edition), {});
    });
  }
});

describe("a note called after a picture that moved to the next page", () => {
  for (const [edition, file] of [
    ["pdf", "picture-call.pdf"],
    ["handout", "picture-call-handout.pdf"],
  ] as const) {
    test(`should be under its number on the picture's page, and the check agree, in the ${edition}`, async () => {
      const [first, second] = await pages(file);
      assert.match(first, /comes from the archive:/);
      assert.doesNotMatch(first, /The archive of the town/);
      assert.match(second, /^\s*1\. The archive of the town, box 12\.\s*$/m);
      assert.deepEqual(
        await failures(join(work, "articles", "picture-call.md"), file, edition),
        {},
      );
    });
  }
});

describe("the Mostly Adequate Guide, from the corpus", () => {
  const book = () => join(work, "mostly-adequate-guide");

  for (const [edition, file] of [
    ["pdf", "mostly-adequate-guide.pdf"],
    ["handout", "mostly-adequate-guide-handout.pdf"],
  ] as const) {
    test(`should have every bookmark open the page of its heading in the ${edition}`, async () => {
      const text = (await pages(file)).map(flat);
      const all = entries(await pdfOutline(join(out(), file)));
      assert.ok(all.length > 100, `${all.length} bookmarks`);
      for (const { title, page } of all)
        assert.match(text[page - 1] ?? "", printedAs(title), `“${title}” opens page ${page}`);
      const maybe = all.find((entry) => entry.title === "Schrödinger’s Maybe")!;
      assert.equal(maybe.page, text.findIndex((t) => t.includes(flat("Schrödinger’s Maybe"))) + 1);
    });

    test(`should pass every other check of its ${edition}, notes under their numbers among them`, async () => {
      const found = await failures(book(), file, edition);
      // The bookmarks' own check reads the text layer, where a "Th" ligature still loses its
      // "h" ("Teory"): the text layer's part of issue 12. The test above reads past it.
      const outline =
        found["pdf-outline"]?.filter((problem) => !/^the bookmark “Th/.test(problem.message)) ?? [];
      if (outline.length === 0) delete found["pdf-outline"];
      assert.deepEqual(found, {});
      const { publication } = await loadPublication(book(), work);
      assert.deepEqual(
        expectationsOf(publication).notes.map((note) => note.number),
        ["1", "2", "3"],
      );
    });
  }
});

/** A heading's text as the page's flattened text shows it: a "Th" ligature may lose its "h" there. */
function printedAs(title: string): RegExp {
  const letters = [...flat(title)].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(
    letters.map((c, i) => (c === "h" && letters[i - 1] === "t" ? "h?" : c)).join(""),
  );
}
