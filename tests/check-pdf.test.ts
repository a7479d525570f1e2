// The PDF checks, on the bundled manuscript's real editions and on copies of
// them broken one way each: every check passes on the real files, and on each
// broken copy the check made for that fault fails, saying what and on which page.
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  decodePDFRawStream,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
} from "pdf-lib";
import { VFileMessage } from "vfile-message";
import { type Expectations, expectationsOf } from "../scripts/check/expectations.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import type { PrintEdition } from "../scripts/model.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { plainProblems } from "./helpers/check-problems.ts";
import { runFolio } from "./helpers/run.ts";

const slug = "kazakhstan-military-expansion";
let out: string;
let expect: Expectations;
const pdf = () => join(out, `${slug}.pdf`);
const handout = () => join(out, `${slug}-handout.pdf`);

before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-check-pdf-"));
  const run = await runFolio(["build", "--out", out, "--edition", "pdf", "--edition", "handout"]);
  assert.equal(run.code, 0, run.stderr);
  expect = expectationsOf(
    (await loadPublication(join("manuscript", `${slug}.md`), process.cwd())).publication,
  );
});
after(() => rm(out, { recursive: true, force: true }));

/** A copy of `from` changed by `change`, as `name` in the build's folder. */
async function broken(
  from: string,
  name: string,
  change: (doc: PDFDocument) => Promise<void> | void,
): Promise<string> {
  const doc = await PDFDocument.load(await readFile(from), { updateMetadata: false });
  await change(doc);
  const path = join(out, name);
  await writeFile(path, await doc.save());
  return path;
}

/** The checks that did not pass: id → problems. */
/**
 * The bundled article, its text changed by `edit`, built as a download PDF in
 * a folder of its own (with its author file) under `name`: the PDF's path.
 */
async function builtVariant(name: string, edit: (text: string) => string): Promise<string> {
  const variant = join(out, name);
  await mkdir(join(variant, "authors"), { recursive: true });
  const text = await readFile(join("manuscript", `${slug}.md`), "utf8");
  await writeFile(join(variant, `${slug}.md`), edit(text));
  await copyFile(
    join("manuscript", "authors", "paul-goble.md"),
    join(variant, "authors", "paul-goble.md"),
  );
  const built = join(variant, `${slug}.md`);
  const run = await runFolio(["build", built, "--out", variant, "--edition", "pdf"]);
  assert.equal(run.code, 0, run.stderr);
  return join(variant, `${slug}.pdf`);
}

async function failures(path: string, edition: PrintEdition, expected = expect) {
  const results = await checkPdf(path, edition, expected);
  return Object.fromEntries(
    results.filter((r) => r.status !== "pass").map((r) => [r.id, plainProblems(r.problems)]),
  );
}

/** The bundled article's two notes, as the notes check reports them when no page prints them under their numbers. */
const unprinted = [
  {
    file: join("manuscript", `${slug}.md`),
    line: 17,
    column: 1,
    message:
      "note 1, “https://ia-centr.ru/experts/maksim-kramarenko/kazakhstan-go…”, is printed on no page under its number",
  },
  {
    file: join("manuscript", `${slug}.md`),
    line: 21,
    column: 1,
    message:
      "note 2, “https://tengrinews.kz/kazakhstan_news/tokaev-vnes-izmeneniy…”, is printed on no page under its number",
  },
];

describe("the PDF checks", () => {
  test("should pass every check on the real download PDF and handout", async () => {
    assert.deepEqual(await failures(pdf(), "pdf"), {});
    assert.deepEqual(await failures(handout(), "handout"), {});
  });

  test("should catch a font that is not embedded, on its page", async () => {
    const path = await broken(pdf(), "helvetica.pdf", async (doc) => {
      // pdf-lib's standard fonts are named, never embedded: the viewer substitutes its own.
      const font = await doc.embedFont(StandardFonts.Helvetica);
      doc.getPage(1).drawText("A line set in Helvetica", { x: 72, y: 60, size: 9, font });
    });
    assert.deepEqual(await failures(path, "pdf"), {
      "pdf-fonts": [{ page: 2, message: "the font Helvetica (Type 1) is not embedded" }],
    });
  });

  test("should catch a PDF without bookmarks", async () => {
    const path = await broken(
      pdf(),
      "no-outline.pdf",
      (doc) => void doc.catalog.delete(PDFName.of("Outlines")),
    );
    assert.deepEqual(await failures(path, "pdf"), {
      "pdf-outline": [
        { message: "no bookmarks (outline): a reader can't jump to the title or the bio" },
      ],
    });
  });

  test("should catch a handout with a coloured link: the download PDF's blue links", async () => {
    const path = join(out, "coloured-handout.pdf");
    await copyFile(pdf(), path);
    const found = await failures(path, "handout");
    assert.deepEqual(Object.keys(found), ["handout-no-colour"]);
    assert.deepEqual(
      found["handout-no-colour"].map((p) => p.page),
      [1],
    );
    assert.match(found["handout-no-colour"][0].message, /^\d+ pixels in colour at 50 dpi/);
  });

  test("should catch a blank page, and the wrong language, tags and paper", async () => {
    const path = await broken(pdf(), "blank-page.pdf", (doc) => {
      doc.insertPage(1, [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]);
      doc.catalog.set(PDFName.of("Lang"), PDFString.of("de"));
      doc.catalog.delete(PDFName.of("StructTreeRoot"));
    });
    assert.deepEqual(await failures(path, "pdf", { ...expect, paper: "letter" }), {
      "pdf-metadata": [{ message: "/Lang is “de”, the manuscript says “en”" }],
      "pdf-tagged": [
        {
          message:
            "no structure tree (/StructTreeRoot): screen readers can't tell headings from text",
        },
      ],
      "pdf-page-size": [1, 2, 3].map((page) => ({
        page,
        message: "the page is 595 × 842 pt (A4); the manuscript asks for Letter",
      })),
      "pdf-blank-pages": [{ page: 2, message: "the page is blank" }],
    });
  });

  test("should catch a page whose body is empty though its running head and number are printed", async () => {
    const path = await broken(pdf(), "margins-only.pdf", async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.insertPage(1, [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]);
      // Where print.css sets them: the running head 12 mm from the top, the number 13 mm from the foot.
      page.drawText("Kazakhstan's Ongoing Military Expansion", {
        x: 220,
        y: page.getHeight() - 36,
        size: 8.5,
        font,
      });
      page.drawText("2", { x: 295, y: 33, size: 8.5, font });
    });
    assert.deepEqual((await failures(path, "pdf"))["pdf-blank-pages"], [
      {
        page: 2,
        message:
          "the page is blank but for its margins: “Kazakhstan's Ongoing Military Expansion 2”",
      },
    ]);
    // Each problem a vfile message, as the build's are: the check's id its rule, Folio's checker its source.
    const [blank] = (await checkPdf(path, "pdf", expect)).find(
      (r) => r.id === "pdf-blank-pages",
    )!.problems;
    assert.ok(blank instanceof VFileMessage);
    assert.deepEqual(
      [blank.ruleId, blank.source, blank.fatal, blank.page],
      ["pdf-blank-pages", "folio-check", true, 2],
    );
  });

  test("should allow the handout's blank page before a bio that goes on the back of the last sheet", async () => {
    const path = await broken(handout(), "blank-before-bio.pdf", async (doc) => {
      const [article] = await doc.copyPages(doc, [0]);
      doc.insertPage(1, article); // the article now ends on page 2: the bio goes on page 4
      doc.insertPage(2, [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]);
    });
    assert.deepEqual(await failures(path, "handout"), {});
    assert.deepEqual(
      (await failures(path, "pdf"))["pdf-blank-pages"],
      [{ page: 3, message: "the page is blank" }],
      "only the handout may",
    );
  });

  test("should catch text outside the page, a missing note, and a handout that is not whole sheets", async () => {
    const cropped = await broken(pdf(), "cropped.pdf", (doc) => {
      const page = doc.getPage(0);
      page.setCropBox(0, 0, page.getWidth() - 150, page.getHeight());
    });
    const text = (await failures(cropped, "pdf"))["pdf-text-inside"];
    assert.deepEqual(
      text.map((p) => p.page),
      [1, 1, 1, 1],
    );
    assert.match(text[0].message, /^“.+” runs off the right edge of the page$/);
    const extraNote = {
      number: "3",
      before: "",
      shown: "",
      start: "https://example.org/a-source-the-pdf-never-printed",
    };
    assert.deepEqual(
      (await failures(pdf(), "pdf", { ...expect, notes: [...expect.notes, extraNote] }))[
        "pdf-notes"
      ],
      [{ page: 1, message: "note 3 (called on page 1) is printed nowhere" }],
    );
    const odd = await broken(
      handout(),
      "odd-handout.pdf",
      (doc) => void doc.addPage([doc.getPage(0).getWidth(), doc.getPage(0).getHeight()]),
    );
    const found = await failures(odd, "handout");
    assert.deepEqual(found["handout-even-pages"], [
      { page: 3, message: "3 pages: the last sheet is printed on one side only" },
    ]);
    assert.deepEqual(found["pdf-bio"], [
      { page: 3, message: "the last page does not show “About the author”: it is on page 2" },
    ]);
  });

  test("should catch text lying wholly outside the page, which pdf.js leaves out of the text", async () => {
    const path = await broken(pdf(), "text-off-page.pdf", async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.getPage(1);
      page.drawText("Beyond the edge", { x: page.getWidth() + 40, y: 300, size: 9, font });
      page.drawText("Under the page", { x: 72, y: -60, size: 9, font });
    });
    assert.deepEqual((await failures(path, "pdf"))["pdf-text-inside"], [
      { page: 2, message: "“Beyond” lies wholly beyond the right edge of the page" },
      { page: 2, message: "“the” lies wholly beyond the right edge of the page" },
      { page: 2, message: "“edge” lies wholly beyond the right edge of the page" },
      { page: 2, message: "and 3 more words outside the page" },
    ]);
  });

  test("should catch a word left out of a paragraph, at the paragraph's line and the page", async () => {
    // The manuscript built with "effort" left out, checked against the manuscript as written.
    const path = await builtVariant("variant", (text) =>
      text.replace("hybrid war effort against", "hybrid war against"),
    );
    assert.deepEqual((await failures(path, "pdf"))["pdf-text"], [
      {
        file: join("manuscript", `${slug}.md`),
        line: 15,
        column: 1,
        page: 1,
        message:
          "after “…part of a hybrid war”, the text does not go on with “effort against Kazakhstan.”: a word or a letter is lost",
      },
    ]);
  });

  test("should catch a note printed under 11. where the manuscript numbers it 1", async () => {
    // The manuscript built with ten notes before its own two: they print under 11. and 12.
    const calls = Array.from({ length: 10 }, (_, i) => `[^extra${i}]`).join("");
    const notes = Array.from(
      { length: 10 },
      (_, i) => `[^extra${i}]: An extra note, number ${i + 1}.`,
    ).join("\n\n");
    const path = await builtVariant(
      "eleven",
      (text) => `${text.replace("2022 events forced", `2022 events${calls} forced`)}\n${notes}\n`,
    );
    assert.deepEqual((await failures(path, "pdf"))["pdf-notes"], [
      { page: 1, message: "note 1 is on the page of its call, but not under the number 1" },
      { page: 1, message: "note 2 is on the page of its call, but not under the number 2" },
      ...unprinted,
    ]);
  });

  test("should catch notes that vanish, counting them from the Markdown, not from the editions' tree", async () => {
    // The manuscript built without its notes, checked as if the editions' tree had lost them too.
    const path = await builtVariant("no-notes", (text) =>
      text.replace(/\[\^(ia-centr|tengrinews)\](: .*)?/g, ""),
    );
    assert.deepEqual(
      (await failures(path, "pdf", { ...expect, notes: [] }))["pdf-notes"],
      unprinted,
    );
  });

  test("should catch a soft hyphen left inside words, and a letter lost to a ligature", async () => {
    // What search and copy get is each font's ToUnicode map: give "o" a soft hyphen before it, and "ff" one "f".
    const remapped = (name: string, from: RegExp, to: string) =>
      broken(pdf(), name, (doc) => {
        let changed = 0;
        for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
          if (!(object instanceof PDFRawStream)) continue;
          const cmap = writtenOut(new TextDecoder().decode(decodePDFRawStream(object).decode()));
          if (!cmap.includes("beginbfchar") || !from.test(cmap)) continue;
          doc.context.assign(ref, doc.context.flateStream(cmap.replace(from, to)));
          changed++;
        }
        assert.ok(changed > 0);
      });
    const soft = (
      await failures(await remapped("soft-hyphens.pdf", /> <006F>$/gm, "> <00AD006F>"), "pdf")
    )["pdf-text"];
    assert.deepEqual(soft[0], {
      file: join("manuscript", `${slug}.md`),
      line: 13,
      column: 1,
      page: 1,
      message:
        "a soft hyphen (U+00AD) is left inside “reforming,”: a search for the word does not find it",
    });
    assert.ok(soft.every((problem) => problem.message.startsWith("a soft hyphen")));
    const ligature = (
      await failures(await remapped("lost-letter.pdf", /> <00660066>$/gm, "> <0066>"), "pdf")
    )["pdf-text"];
    assert.deepEqual(
      ligature.map((problem) => [problem.line, problem.page, problem.message]),
      [
        [
          15,
          1,
          "after “…part of a hybrid war”, the text does not go on with “effort against Kazakhstan.”: a word or a letter is lost",
        ],
        [
          23,
          1,
          "after “…military is to block any”, the text does not go on with “efforts to change the international order.”: a word or a letter is lost",
        ],
      ],
    );
  });

  test("should catch a file whose structure is damaged", async () => {
    const bytes = await readFile(pdf());
    const text = bytes.toString("latin1");
    // Point startxref at the wrong byte: a reader must rebuild the cross-reference table.
    const damaged = text.replace(
      /startxref\s+(\d+)/,
      (_, offset: string) => `startxref\n${Number(offset) + 7}`,
    );
    await writeFile(join(out, "damaged.pdf"), Buffer.from(damaged, "latin1"));
    const [structure] = await checkPdf(join(out, "damaged.pdf"), "pdf", expect);
    assert.equal(structure.status, "fail");
    assert.match(
      structure.problems.map((p) => p.message).join("\n"),
      /^qpdf: .*(damaged|xref|reconstruct)/im,
    );
  });
});

/**
 * A ToUnicode CMap with its ranges written out a glyph to a line (`<0041> <0043> <0061>`
 * as three bfchar lines), so that one glyph's text can be changed: the embedded fonts
 * are cut to the text, their glyphs in Unicode order, and Chromium maps runs of them as ranges.
 */
function writtenOut(cmap: string): string {
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, "0");
  return cmap.replace(/\d+ beginbfrange\n([\s\S]*?)endbfrange/g, (_, ranges: string) => {
    const lines = ranges
      .trim()
      .split("\n")
      .flatMap((range) => {
        const [first, last, start] = [...range.matchAll(/<([0-9A-Fa-f]+)>/g)].map((m) =>
          parseInt(m[1], 16),
        );
        return Array.from(
          { length: last - first + 1 },
          (_, i) => `<${hex(first + i)}> <${hex(start + i)}>`,
        );
      });
    return `${lines.length} beginbfchar\n${lines.join("\n")}\nendbfchar`;
  });
}
