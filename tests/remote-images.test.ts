// Images on the web, as a README's licence badge and every saved news page
// have them: a warning, never a fetch. Every edition shows the alt text, and
// the address is a note numbered with the manuscript's own: at the foot of
// the page in both PDFs (printed in full in the handout), a popup note in the
// EPUB, which stays valid (the badge's note is not put inside its link).
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { plainText } from "../scripts/check/epub/read-epub.ts";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";
import { epubcheck, pdfText } from "./helpers/tools.ts";

const BADGE = "https://licensebuttons.net/l/by-sa/4.0/88x31.png";
const MANUSCRIPT = `---
title: Remote pictures
author: Jane Doe
---

A claim.[^a]

[![Creative Commons License](${BADGE})](http://creativecommons.org/licenses/by-sa/4.0/) The text is CC BY-SA.

![A map of the delta](//example.org/delta.png)

Another claim.[^b]

[^a]: <https://example.org/first>
[^b]: <https://example.org/second>
`;

let work: string;
let run: Awaited<ReturnType<typeof runFolio>>;
const out = (name: string) => join(work, "output", name);
const flat = (text: string) =>
  text.replaceAll("\u00ad", "").replace(/-\n/g, "-").replace(/\s+/g, " "); // soft hyphens, and addresses broken at line ends

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-remote-images-"));
  await mkdir(join(work, "manuscript"));
  await writeFile(join(work, "manuscript", "essay.md"), MANUSCRIPT);
  run = await runFolio(["build"], { cwd: work });
});
after(() => rm(work, { recursive: true, force: true }));

test("should warn of each image on the web where it stands, and build", () => {
  assert.equal(run.code, 0, run.stderr);
  const warnings = run.stderr.split("\n").filter(Boolean);
  assert.deepEqual(
    warnings.map((line) => line.split(" is on the web")[0]),
    [
      `manuscript/essay.md:8:2: warning: The image \`${BADGE}\``,
      "manuscript/essay.md:10:1: warning: The image `//example.org/delta.png`",
    ],
  );
});

test("should show the alt text and print each address as a note, numbered in order, in both PDFs", async () => {
  for (const name of ["essay.pdf", "essay-handout.pdf"]) {
    const page = flat(await pdfText(out(name), 1));
    assert.match(page, /\[Creative Commons License\]/, name);
    assert.match(page, /\[A map of the delta\]/, name);
    for (const [n, text] of [
      [1, "https://example.org/first"],
      [2, `Image: ${BADGE}`],
      [3, "Image: https://example.org/delta.png"],
      [4, "https://example.org/second"],
    ]) {
      assert.match(
        page,
        new RegExp(`${n}\\. ${String(text).replace(/[.?/]/g, "\\$&")}`),
        `${name}: note ${n}`,
      );
    }
  }
});

test("should give the EPUB popup notes for the addresses, no remote image, and pass EPUBCheck", async () => {
  const epub = await Epub.load(await readFile(out("essay.epub")));
  const article = await epub.text("OEBPS/article.xhtml");
  assert.doesNotMatch(article, /<img\b/);
  assert.match(plainText(article), new RegExp(`2\\. Image: ${BADGE.replace(/[.?/]/g, "\\$&")}`));
  assert.match(
    article,
    /<\/a><sup><a epub:type="noteref"[^>]*>2<\/a><\/sup> The text is CC BY-SA\./,
    "the call after the badge's link",
  );
  const report = await epubcheck(out("essay.epub"), work);
  assert.deepEqual(
    [report.fatal, report.error, report.warning],
    [0, 0, 0],
    JSON.stringify(report.messages, null, 2),
  );
});
