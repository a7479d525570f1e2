// What the checks expect of a PDF, read from the manuscript alone (no
// browser): the words before each note's call are the words printed just
// before its number, and nothing the page prints in between.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import { flat, foldText } from "../scripts/check/text.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-expectations-"));
});
after(() => rm(work, { recursive: true, force: true }));

// Medium's essay (../shared/corpus/real/readability/medium-3): the PDF prints "2." between the items,
// so the words before note 2 that a reader sees start with its item.
test("should take the words before a call in a list item from that item alone", async () => {
  const path = join(work, "essay.md");
  await writeFile(
    path,
    `---
title: An essay
author: Jane Doe
---

1. Marco Arment moved to a patronage model[^1] that will probably be successful for him.
2. Arment’s insistence that “anyone can do this[^2]” while technically true.

[^1]: https://example.org/patronage
[^2]: https://example.org/anyone
`,
  );
  const { notes } = expectationsOf((await loadPublication(path, work)).publication);
  assert.deepEqual(
    notes.map((note) => note.before),
    [
      flat("Marco Arment moved to a patronage model"),
      flat("Arment’s insistence that “anyone can do this"),
    ],
  );
});

test("should compare a paragraph's words without its marks of direction, which pdf.js leaves out", () => {
  // The corpus's medium-3: "crap: \u200f@s_bielefeld:" in the manuscript, "crap: @s_bielefeld:" in the PDF's text.
  assert.equal(
    foldText("Samantha is clearly sick of his crap: \u200f@s_bielefeld: @viticci"),
    foldText("Samantha is clearly sick of his crap: @s_bielefeld: @viticci"),
  );
  assert.equal(foldText("\u200e\u202bA\u202c\u2067b\u2069"), "ab");
  assert.notEqual(foldText("co\u00adop"), foldText("coop"), "a soft hyphen stays, to be reported");
});
