// What epub-gen-memory would drop (attributes outside its list: `start`, `align`,
// `checked`), kept in what it allows: two GitHub examples from the corpus (read at
// run time from ../shared/corpus/real/gfm-examples), a task list and an aligned
// table, and an ordered list from 3 with a table of our own, built as a user builds
// them with `--check` (EPUBCheck, Ace, the PDF checks), and read back from the
// EPUB and the PDF, where the same lists and columns must print as the Markdown says.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { promisify } from "node:util";
import { buildAndCheck, type Checked, corpus, failedChecks } from "./helpers/corpus.ts";
import { Epub, startTags } from "./helpers/epub.ts";
import { pdfText, pdfWords } from "./helpers/tools.ts";

const steps = `---
title: Frying onions
author: Jane Doe
description: The last three steps.
---

The steps, from the third:

3. Heat the pan.
4. Add the oil.
5. Fry the onions.

| Item      | Qty | Price |
| :-------- | :-: | ----: |
| Onions    |  3  |  1.20 |
| Olive oil | 12  | 12.50 |
`;

let work: string;
let checked: Checked;
const chapter = async (slug: string) =>
  (await Epub.load(await readFile(join(work, "out", `${slug}.epub`)))).text("OEBPS/article.xhtml");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-kept-"));
  await writeFile(join(work, "frying-onions.md"), steps);
  const inputs = [
    join(work, "frying-onions.md"),
    corpus("gfm-examples/ext-tasklists-029.md"),
    corpus("gfm-examples/ext-tables-006.md"),
  ];
  checked = await buildAndCheck(inputs, join(work, "out"));
  // The examples have no title (a warning, which fails the manuscript's own check): no error.
  assert.doesNotMatch(checked.build.stderr, /: error: /);
});
after(() => rm(work, { recursive: true, force: true }));

test("should pass every check of every edition: EPUBCheck, Ace, the PDFs'", () => {
  assert.deepEqual([...checked.reports.keys()].sort(), [
    "ext-tables-006",
    "ext-tasklists-029",
    "frying-onions",
  ]);
  for (const [slug, report] of checked.reports)
    assert.deepEqual(failedChecks(report, { manuscript: false }), [], slug);
});

test("should number an ordered list from 3 in the EPUB, as in the PDF", async () => {
  const xhtml = await chapter("frying-onions");
  assert.match(xhtml, /<ol class="numbered">/);
  assert.deepEqual(
    [...xhtml.matchAll(/<li><span class="number">(\d+)\.<\/span> ([^<]+)<\/li>/g)].map(
      (m) => `${m[1]}. ${m[2]}`,
    ),
    ["3. Heat the pan.", "4. Add the oil.", "5. Fry the onions."],
  );
  assert.match(
    await pdfText(join(work, "out", "frying-onions.pdf"), 1),
    /3\. Heat the pan\.\s+4\. Add the oil\.\s+5\. Fry the onions\./,
  );
});

test("should keep a task list's ticks, each box named by its item's text", async () => {
  const boxes = startTags(await chapter("ext-tasklists-029"), "span").filter(
    (span) => span.role === "checkbox",
  );
  assert.deepEqual(
    boxes.map((box) => [box["aria-label"], box["aria-checked"], box["aria-disabled"]]),
    [
      ["foo", "true", "true"],
      ["bar", "false", "true"],
      ["baz", "true", "true"],
      ["bim", "false", "true"],
    ],
  );
});

test("should keep a table's column alignment", async () => {
  const cells = startTags(await chapter("ext-tables-006"), "th");
  assert.deepEqual(
    cells.map((th) => th.style),
    ["text-align: left", undefined, "text-align: center", undefined, "text-align: right"],
  );
});

test("should print a column aligned as the Markdown says", async () => {
  const { words } = await pdfWords(join(work, "out", "frying-onions.pdf"), 1);
  const word = (text: string) => words.find((w) => w.text === text)!;
  const centre = (text: string) => (word(text).xMin + word(text).xMax) / 2;
  assert.ok(Math.abs(word("Onions").xMin - word("Olive").xMin) < 0.5, "left");
  assert.ok(
    Math.abs(centre("Qty") - centre("3")) < 0.5 && Math.abs(centre("3") - centre("12")) < 0.5,
    "centred",
  );
  assert.ok(
    Math.abs(word("Price").xMax - word("1.20").xMax) < 0.5 &&
      Math.abs(word("1.20").xMax - word("12.50").xMax) < 0.5,
    "right",
  );
});

test("should print a task list's boxes in black, each ticked one with its tick", async () => {
  const pdf = join(work, "out", "ext-tasklists-029.pdf");
  const { words } = await pdfWords(pdf, 1);
  // The dark pixels (in grey, at 144 dpi: 2 pixels a point) in the 12 pt before each item's text.
  const ink = async (text: string) => {
    const word = words.find((w) => w.text === text)!;
    const box = [
      "-x",
      String(Math.round((word.xMin - 12) * 2)),
      "-y",
      String(Math.round(word.yMin * 2)),
      "-W",
      "22",
      "-H",
      String(Math.round((word.yMax - word.yMin) * 2)),
    ];
    const { stdout } = await promisify(execFile)(
      "pdftoppm",
      ["-gray", "-r", "144", "-f", "1", "-l", "1", ...box, pdf],
      { encoding: "buffer" },
    );
    const header = stdout.subarray(0, 64).toString("latin1").split(/\s+/, 4).join(" ").length + 1;
    return [...stdout.subarray(header)].filter((value) => value < 96).length;
  };
  const [foo, bar, baz, bim] = await Promise.all(["foo", "bar", "baz", "bim"].map(ink));
  assert.ok(bar > 10 && bim > 10, `an empty box in black: ${bar}, ${bim} dark pixels`);
  assert.ok(
    foo > bar + 5 && baz > bim + 5,
    `a tick in a ticked box: ${foo} and ${baz} dark pixels against ${bar} and ${bim}`,
  );
});
