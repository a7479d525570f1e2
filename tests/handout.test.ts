// The handout's promises on whatever a manuscript holds, on manuscripts
// written for each into a temporary folder and built in one run: black only
// (a colour photo, the Rust blog's, read from the corpus beside the project,
// a colour PNG and a colour SVG printed in grey), whole sheets (a blank
// last page where the text, or a bio, ends on an odd page), and every source
// printed in full (an address too long for a QR code, without one).
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import type { PrintEdition } from "../scripts/model.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { plainProblems } from "./helpers/check-problems.ts";
import { pdfiumColouredPixels, picturesColouredPixels } from "./helpers/colour.ts";
import { rgbPng } from "./helpers/png.ts";
import { runFolio } from "./helpers/run.ts";
import { colouredPixels, pdfInfo, pdfText, qrCodes } from "./helpers/tools.ts";

const photo = fileURLToPath(
  new URL(
    "../../shared/corpus/real/markdown/rust-blog-imposter-syndrome/imposter_syndrome.jpg",
    import.meta.url,
  ),
);

const COLOURS = `---
title: Pictures in colour
author: Jane Doe
---

A photo, a chart and a drawing, all in colour, and [a link](https://example.org/).

![Imposter syndrome against reality, in yellow and blue](images/photo.jpg)

![Red, green and blue stripes](images/stripes.png)

![An orange box with a blue dot](images/dot.svg)

<hr color="red">

The end.
`;

/** An article by an author given as a plain name (no bio page) whose text ends on page 3 of the handout. */
const PLAIN_NAME = `---
title: Whole sheets
author: John MacFarlane
---

${Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1}. ${"A handout goes to an office printer that prints on both sides of the paper. ".repeat(8)}`).join("\n\n")}

Here it ends.
`;

/** A short article whose author's bio runs from page 2 over page 3. */
const LONG_BIO = `---
title: A long life
author: jane-doe
---

A short article.
`;
const JANE_DOE = `---
name: Jane Doe
---

${Array.from({ length: 9 }, (_, i) => `Part ${i + 1} of her life. ${"She wrote for papers and gave talks on both sides of the sea. ".repeat(10)}`).join("\n\n")}

Here her life ends.
`;

/** An address of 3,600 characters: more than the largest QR code holds (2,953 bytes). */
const LONG_ADDRESS = `https://example.org/${"archive/2022/".repeat(275)}final`;
// 271 bytes fit the largest QR code a phone reads at 16 mm (version 10); 300 do not.
const READABLE_ADDRESS = `https://example.org/${"a".repeat(231)}/end`;
const UNREADABLE_ADDRESS = `https://example.org/${"b".repeat(276)}/end`;
const LONG_ADDRESS_NOTE = `---
title: A long address
author: Jane Doe
---

A claim with a short source[^short] and one with a long source.[^long]
Two more, of ${READABLE_ADDRESS.length}[^readable] and ${UNREADABLE_ADDRESS.length}[^unreadable] characters.

[^short]: <https://example.org/short>
[^long]: <${LONG_ADDRESS}>
[^readable]: <${READABLE_ADDRESS}>
[^unreadable]: <${UNREADABLE_ADDRESS}>
`;

const DOT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="120" viewBox="0 0 200 120">
<rect width="200" height="120" fill="#ff8800"/><circle cx="100" cy="60" r="40" fill="#0044ff"/></svg>
`;

let work: string;
let stderr: string;
const manuscript = () => join(work, "manuscript");
const out = () => join(work, "out");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-handout-"));
  await mkdir(join(manuscript(), "images"), { recursive: true });
  await copyFile(photo, join(manuscript(), "images", "photo.jpg"));
  // Three stripes: red, green, blue.
  const stripes: [number, number, number][] = [
    [255, 0, 0],
    [0, 160, 0],
    [0, 0, 255],
  ];
  await writeFile(
    join(manuscript(), "images", "stripes.png"),
    rgbPng(240, 90, (x) => stripes[Math.floor(x / 80)]),
  );
  await writeFile(join(manuscript(), "images", "dot.svg"), DOT_SVG);
  await writeFile(join(manuscript(), "colours.md"), COLOURS);
  await writeFile(join(manuscript(), "plain-name.md"), PLAIN_NAME);
  await writeFile(join(manuscript(), "long-bio.md"), LONG_BIO);
  await writeFile(join(manuscript(), "long-address.md"), LONG_ADDRESS_NOTE);
  await mkdir(join(manuscript(), "authors"));
  await writeFile(join(manuscript(), "authors", "jane-doe.md"), JANE_DOE);
  const run = await runFolio([
    "build",
    manuscript(),
    "--out",
    out(),
    "--edition",
    "pdf",
    "--edition",
    "handout",
    "--edition",
    "epub",
  ]);
  assert.equal(run.code, 0, run.stderr);
  stderr = run.stderr;
});
after(() => rm(work, { recursive: true, force: true }));

/** The failed checks of a handout (checked as a handout, or as if it were a download PDF): id → problems. */
async function failures(slug: string, as: PrintEdition = "handout") {
  const { publication } = await loadPublication(join(manuscript(), `${slug}.md`), work);
  const results = await checkPdf(
    join(out(), `${slug}-handout.pdf`),
    as,
    expectationsOf(publication),
  );
  return Object.fromEntries(
    results.filter((r) => r.status !== "pass").map((r) => [r.id, plainProblems(r.problems)]),
  );
}

async function pageCount(path: string): Promise<number> {
  return (await pdfInfo(path)).pages;
}

describe("a handout of a manuscript with pictures in colour", () => {
  const handout = () => join(out(), "colours-handout.pdf");
  const pdf = () => join(out(), "colours.pdf");

  test("should print them in colour in the download PDF, where colour is kept", async () => {
    assert.ok((await colouredPixels(pdf(), 1)) > 1000);
    // The photo and the PNG; Chromium draws the SVG as shapes, not as a picture.
    assert.deepEqual(
      (await picturesColouredPixels(pdf())).map((n) => n > 1000),
      [true, true],
    );
  });

  test("should print them in grey: no colour on any page, drawn by pdf.js or by PDFium", async () => {
    assert.deepEqual(await failures("colours"), {});
    for (let page = 1; page <= (await pageCount(handout())); page++) {
      assert.equal(await colouredPixels(handout(), page), 0, `page ${page}, pdf.js`);
      assert.equal(await pdfiumColouredPixels(handout(), page), 0, `page ${page}, PDFium`);
    }
  });

  test("should store every picture in grey, as a printer receives it", async () => {
    // Each of the three drawn at 300 dpi through the filter, its soft mask applied (pdf.js decodes them together).
    assert.deepEqual(await picturesColouredPixels(handout()), [0, 0, 0]);
  });
});

describe("a handout whose text ends on an odd page", () => {
  const handout = () => join(out(), "plain-name-handout.pdf");

  test("should end with a blank page, on whole sheets", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => pdfText(handout(), page)));
    assert.equal(await pageCount(handout()), 4);
    assert.match(pages[2], /Here it ends\./);
    assert.equal(pages[3].trim(), "", "page 4 is blank: no running head, no page number");
    assert.match(pages[2], /page 3 of 4/);
  });

  test("should pass the handout's checks, the even number of pages among them", async () => {
    assert.deepEqual(await failures("plain-name"), {});
    const asDownload = await failures("plain-name", "pdf");
    assert.deepEqual(
      asDownload["pdf-blank-pages"],
      [{ page: 4, message: "the page is blank" }],
      "only a handout may end blank",
    );
  });

  test("should end with a blank page after a bio that runs over an odd number of pages too", async () => {
    const handout = join(out(), "long-bio-handout.pdf");
    assert.equal(await pageCount(handout), 4);
    assert.match(await pdfText(handout, 2), /About the author/);
    assert.match(await pdfText(handout, 3), /Here her life ends\./);
    assert.equal((await pdfText(handout, 4)).trim(), "");
    assert.deepEqual(await failures("long-bio"), {});
  });

  test("should add no page to the download PDF", async () => {
    const pdf = join(out(), "plain-name.pdf");
    const count = await pageCount(pdf);
    assert.match(await pdfText(pdf, count), /Here it ends\./);
  });
});

describe("a note whose address is too long for a QR code a phone reads on paper", () => {
  const handout = () => join(out(), "long-address-handout.pdf");

  test("should be a positioned warning, and every edition built", async () => {
    const warning =
      /^.*long-address\.md:10:10: warning: An address of 3,600 characters is too long for a QR code a phone can read on paper: the handout prints it in its note without one \[address-too-long-for-qr-code\]$/m;
    assert.match(stderr, warning);
    for (const name of ["long-address.pdf", "long-address-handout.pdf", "long-address.epub"])
      assert.ok((await stat(join(out(), name))).size > 0, name);
  });

  test("should print the address in full in the handout, with a QR code for the short one only", async () => {
    const count = await pageCount(handout());
    const text = (
      await Promise.all(Array.from({ length: count }, (_, i) => pdfText(handout(), i + 1)))
    ).join("");
    assert.ok(
      text.replace(/\s+/g, "").includes(LONG_ADDRESS),
      "the whole address, broken over lines",
    );
    assert.deepEqual(
      await qrCodes(handout(), 1),
      ["https://example.org/short", READABLE_ADDRESS].sort(),
    );
    assert.match(
      stderr,
      /long-address\.md:\d+:\d+: warning: An address of 300 characters is too long for a QR code/,
    );
    assert.deepEqual(await failures("long-address"), {});
  });
});
