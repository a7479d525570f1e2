// What epub-gen-memory would drop (attributes outside its list: `start`, `align`,
// `checked`), kept in what it allows: two GitHub examples from the corpus (read at
// run time from ../shared/corpus/real/gfm-examples), a task list and an aligned
// table, and an ordered list from 3, built as a user builds them with `--check`
// (EPUBCheck, Ace, the PDF checks), and read back from the EPUB and the PDF.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildAndCheck, type Checked, corpus, editionFailures } from "./corpus/build-and-check.ts";
import { Epub, startTags } from "./helpers/epub.ts";
import { pdfText } from "./helpers/tools.ts";

const steps = `---
title: Frying onions
author: Jane Doe
description: The last three steps.
---

The steps, from the third:

3. Heat the pan.
4. Add the oil.
5. Fry the onions.
`;

let work: string;
let checked: Checked;
const chapter = async (slug: string) => (await Epub.load(await readFile(join(work, "out", `${slug}.epub`)))).text("OEBPS/article.xhtml");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-kept-"));
  await writeFile(join(work, "frying-onions.md"), steps);
  const inputs = [join(work, "frying-onions.md"), corpus("gfm-examples/ext-tasklists-029.md"), corpus("gfm-examples/ext-tables-006.md")];
  checked = await buildAndCheck(inputs, join(work, "out"));
  // The examples have no title (a warning, which fails the manuscript's own check): no error.
  assert.doesNotMatch(checked.build.stderr, /: error: /);
});
after(() => rm(work, { recursive: true, force: true }));

test("should pass every check of every edition: EPUBCheck, Ace, the PDFs'", () => {
  assert.deepEqual([...checked.reports.keys()].sort(), ["ext-tables-006", "ext-tasklists-029", "frying-onions"]);
  for (const [slug, report] of checked.reports) assert.deepEqual(editionFailures(report), [], slug);
});

test("should number an ordered list from 3 in the EPUB, as in the PDF", async () => {
  const xhtml = await chapter("frying-onions");
  assert.match(xhtml, /<ol class="numbered">/);
  assert.deepEqual([...xhtml.matchAll(/<li><span class="number">(\d+)\.<\/span> ([^<]+)<\/li>/g)].map((m) => `${m[1]}. ${m[2]}`), [
    "3. Heat the pan.",
    "4. Add the oil.",
    "5. Fry the onions.",
  ]);
  assert.match(await pdfText(join(work, "out", "frying-onions.pdf"), 1), /3\. Heat the pan\.\s+4\. Add the oil\.\s+5\. Fry the onions\./);
});

test("should keep a task list's ticks, each box named by its item's text", async () => {
  const boxes = startTags(await chapter("ext-tasklists-029"), "span").filter((span) => span.role === "checkbox");
  assert.deepEqual(
    boxes.map((box) => [box["aria-label"], box["aria-checked"], box["aria-disabled"]]),
    [["foo", "true", "true"], ["bar", "false", "true"], ["baz", "true", "true"], ["bim", "false", "true"]],
  );
});

test("should keep a table's column alignment", async () => {
  const cells = startTags(await chapter("ext-tables-006"), "th");
  assert.deepEqual(cells.map((th) => th.style), ["text-align: left", undefined, "text-align: center", undefined, "text-align: right"]);
});
