// End to end: the bundled collection, manuscript/folio-sampler (two chapters
// by the Folio team and the bundled op-ed by Paul Goble), built into a
// temporary folder and read back as its readers' software would.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { type BookChapter, describeBookEpub } from "./book-epub.ts";
import { contentsEntries, flat, pageOpening } from "./helpers/book-reading.ts";
import { runFolio } from "./helpers/run.ts";
import { internalLinks } from "./helpers/pdf-links.ts";
import { pdfInfo, pdfOutline, pdfText, pdfWords } from "./helpers/tools.ts";

const slug = "folio-sampler";
const chapters: BookChapter[] = [
  { title: "What Folio Does", file: "what-folio-does.xhtml", firstNote: "W3C, EPUBCheck" },
  {
    title: "Writing a Manuscript",
    file: "writing-a-manuscript.xhtml",
    firstNote: "GitHub, GitHub Flavored Markdown Spec",
  },
  {
    title: "Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia",
    file: "kazakhstan-military-expansion.xhtml",
    firstNote: "https://ia-centr.ru/",
  },
];

let out: string;
before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-book-test-"));
  const run = await runFolio(["build", join("manuscript", slug), "--out", out]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "", "the bundled collection builds without warnings");
});
after(() => rm(out, { recursive: true, force: true }));

async function pagesOf(file: string): Promise<string[]> {
  const count = (await pdfInfo(file)).pages;
  return Promise.all(Array.from({ length: count }, (_, i) => pdfText(file, i + 1)));
}

for (const edition of ["pdf", "handout"] as const) {
  describe(`the book's ${edition} edition`, () => {
    const file = () => join(out, edition === "pdf" ? `${slug}.pdf` : `${slug}-handout.pdf`);
    let pages: string[];
    before(async () => {
      pages = await pagesOf(file());
    });

    test("should open with a title page, then a table of contents whose page numbers are the pages the chapters start on", () => {
      assert.match(pages[0], /A Folio Sampler/);
      assert.match(pages[0], /Edited by The Folio team/);
      const entries = contentsEntries(pages[1]);
      assert.deepEqual(
        entries.map((e) => e.title),
        [...chapters.map((c) => c.title), "About the authors"],
      );
      for (const { title, page } of entries)
        assert.equal(pageOpening(pages, title, 2), page, `“${title}” starts on page ${page}`);
      assert.match(pages[1], /Paul Goble/, "a collection's entry names its author");
    });

    test("should start each chapter on a new page, on a right-hand one in the handout", () => {
      const starts = chapters.map((c) => pageOpening(pages, c.title, 2));
      for (const [i, page] of starts.entries()) {
        assert.ok(page > (starts[i - 1] ?? 2), `${chapters[i].title} after what comes before it`);
        const lines = pages[page - 1].split("\n").filter((line) => line.trim());
        assert.ok(
          lines.slice(0, 4).some((line) => flat(chapters[i].title).startsWith(flat(line))),
          `${chapters[i].title} opens page ${page}`,
        );
        if (edition === "handout")
          assert.equal(page % 2, 1, `${chapters[i].title} on a right-hand page`);
      }
    });

    test("should number the notes from 1 in each chapter", () => {
      for (const chapter of chapters) {
        const page = pageOpening(pages, chapter.title, 2);
        assert.ok(
          flat(pages[page - 1]).includes(flat(`1. ${chapter.firstNote}`)),
          `note 1 of “${chapter.title}” on page ${page}`,
        );
      }
    });

    test("should carry the page number on, and the book's title on left pages", () => {
      for (const [i, text] of pages.entries()) {
        if (i === 0) continue; // the title page has none
        const number =
          edition === "pdf"
            ? new RegExp(`^\\s*${i + 1}\\s*$`, "m")
            : new RegExp(`page ${i + 1} of ${pages.length}`);
        assert.match(text, number, `page ${i + 1}`);
      }
      for (const page of [4, 6])
        assert.match(
          pages[page - 1].split("\n")[0],
          /^\s*A Folio Sampler\s*$/,
          `page ${page}'s running head`,
        );
    });

    test("should end with one bio per author, in order of first appearance", () => {
      // A justified line may be spread wide: words more than one space apart.
      const last = pages[pages.length - 1].replace(/\s+/g, " ");
      assert.match(last, /About the authors/);
      const team = last.indexOf("The Folio team writes and maintains Folio");
      const goble = last.indexOf("Paul Goble is a longtime specialist");
      assert.ok(team > 0 && goble > team, "the editors' bio first, then Paul Goble's");
      assert.equal(last.split("Paul Goble is a longtime").length, 2, "each author once");
      assert.equal(pages.filter((text) => /Paul Goble is a longtime/.test(text)).length, 1);
    });

    test("should print a link to another chapter with the page it leads to", () => {
      const page = pageOpening(pages, chapters[0].title, 2);
      const target = pageOpening(pages, chapters[1].title, 2);
      assert.ok(flat(pages[page - 1]).includes(flat(`as the next chapter shows (page ${target})`)));
    });
  });
}

describe("the book's download PDF", () => {
  const file = () => join(out, `${slug}.pdf`);

  test("should nest each chapter's sections under it in the bookmarks", async () => {
    const outline = await pdfOutline(file());
    const strip = (entries: typeof outline): unknown =>
      entries.map((e) => [e.title, e.kids.length ? strip(e.kids) : []]);
    assert.deepEqual(strip(outline), [
      ["A Folio Sampler", [["Contents", []]]],
      [
        "What Folio Does",
        [
          ["One manuscript, three editions", []],
          ["Sources stay with the claims", []],
          ["Books and collections", []],
        ],
      ],
      [
        "Writing a Manuscript",
        [
          ["The front matter", []],
          ["Cite every source", []],
          ["Before it goes out", []],
        ],
      ],
      [chapters[2].title, []],
      [
        "About the authors",
        [
          ["The Folio team", []],
          ["Paul Goble", []],
        ],
      ],
    ]);
    const pages = await pagesOf(file());
    for (const [i, chapter] of chapters.entries())
      assert.equal(outline[i + 1].page, pageOpening(pages, chapter.title, 2));
  });

  test("should link one chapter to a section of another, opening the page of its heading", async () => {
    const pages = await pagesOf(file());
    const from = pageOpening(pages, chapters[0].title, 2);
    const heading =
      pages.findIndex(
        (text, i) =>
          i + 1 >= pageOpening(pages, chapters[1].title, 2) && /^Cite every source$/m.test(text),
      ) + 1;
    const { links, destinations } = await internalLinks(await readFile(file()));
    const cross = links.filter(
      (link) => link.destination === "writing-a-manuscript--cite-every-source",
    );
    assert.ok(cross.length > 0, "a link annotation");
    for (const link of cross)
      assert.deepEqual([link.page, destinations.get(link.destination)?.page], [from, heading]);
  });

  test("should credit the editors in the metadata", async () => {
    const info = await pdfInfo(file());
    assert.equal(info.title, "A Folio Sampler");
    assert.equal(info.author, "The Folio team");
  });
});

describe("the book's handout", () => {
  test("should keep every word, running heads included, at least 15 mm from the paper's edge", async () => {
    const file = join(out, `${slug}-handout.pdf`);
    const margin = (15 / 25.4) * 72;
    const count = (await pdfInfo(file)).pages;
    assert.equal(count % 2, 0, "whole sheets");
    for (let page = 1; page <= count; page++) {
      const { width, height, words } = await pdfWords(file, page);
      for (const w of words)
        assert.ok(
          w.xMin >= margin &&
            w.yMin >= margin &&
            w.xMax <= width - margin &&
            w.yMax <= height - margin,
          `"${w.text}" on page ${page}`,
        );
    }
  });
});

describeBookEpub({ out: () => out, slug, chapters });
