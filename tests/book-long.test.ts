// A long book: Pandoc's manual (../shared/corpus, read, never copied into
// the project) split by its top-level headings into 23 chapters in a
// temporary folder, built as an EPUB and a download PDF (the handout lays out
// the same way and would double the time), and read back: the table of
// contents against the pages, running heads, notes numbered per chapter, the
// outline and the navigation nested as the headings are.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { ace } from "./helpers/ace.ts";
import { contentsEntries, navTree, ncxTree, pageOpening } from "./helpers/book-reading.ts";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";
import { splitIntoBook } from "./helpers/split-book.ts";
import { epubcheck, pdfInfo, pdfOutline, pdfText } from "./helpers/tools.ts";

// The corpus beside the project (../shared/corpus), wherever the project is.
const corpus = fileURLToPath(new URL("../../shared/corpus/pandoc-manual.md", import.meta.url));
const title = "Pandoc User's Guide";
let work: string;
let book: string;
let pages: string[];
let titles: string[];

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-book-long-"));
  book = join(work, "manual");
  await splitIntoBook(corpus, book);
  const run = await runFolio([
    "build",
    book,
    "--out",
    join(work, "out"),
    "--edition",
    "epub",
    "--edition",
    "pdf",
    "--timeout",
    "300",
  ]);
  assert.equal(run.code, 0, run.stderr); // warnings: the manual's own, such as links to `{#id}`s Markdown has no syntax for
  const pdf = join(work, "out", "manual.pdf");
  const count = (await pdfInfo(pdf)).pages;
  pages = await Promise.all(Array.from({ length: count }, (_, i) => pdfText(pdf, i + 1)));
  titles = (await loadPublication(book, process.cwd())).publication.chapters.map(
    (chapter) => chapter.title,
  );
});
after(() => rm(work, { recursive: true, force: true }));

describe("Pandoc's manual as a book of 23 chapters", () => {
  const pdf = () => join(work, "out", "manual.pdf");

  test("should list every chapter in the table of contents, at the page it starts on", () => {
    assert.equal(titles.length, 23);
    const contents = pages.slice(1, 3).join("\n"); // the contents run over two pages
    const entries = contentsEntries(contents);
    assert.deepEqual(
      entries.map((e) => e.title),
      titles,
    );
    for (const { title, page } of entries)
      assert.equal(pageOpening(pages, title, 3), page, `“${title}”`);
  });

  test("should head left pages with the book's title and right pages with their chapter's", () => {
    const starts = titles.map((t) => pageOpening(pages, t, 3));
    let checked = 0;
    for (let page = starts[0]; page <= pages.length; page++) {
      if (starts.includes(page) || pages[page - 1].trim() === "") continue; // a chapter opens: no running head
      const chapter = titles[starts.filter((start) => start <= page).length - 1];
      const head = pages[page - 1].split("\n")[0].trim();
      assert.equal(head, page % 2 === 0 ? title : chapter, `page ${page}`);
      checked++;
    }
    assert.ok(checked > 100);
  });

  test("should pass the PDF checks: notes numbered per chapter on the pages of their calls, bookmarks, no blank page", async () => {
    const { publication } = await loadPublication(book, process.cwd());
    const expect = expectationsOf(publication);
    assert.ok(
      expect.notes.filter((note) => note.number === "1").length >= 2,
      "more than one chapter has notes",
    );
    const failed = (await checkPdf(pdf(), "pdf", expect)).filter(
      (result) => result.status !== "pass",
    );
    assert.deepEqual(failed, []);
  });

  test("should nest each chapter's sections, and theirs, in the bookmarks", async () => {
    const outline = await pdfOutline(pdf());
    assert.deepEqual(
      outline.map((entry) => entry.title),
      [title, ...titles],
    );
    const options = outline.find((entry) => entry.title === "Options")!;
    assert.ok(options.kids.length >= 5);
    assert.ok(
      outline.some((chapter) => chapter.kids.some((kid) => kid.kids.length > 0)),
      "h3 under h2 under the chapter",
    );
    for (const entry of outline.slice(1))
      assert.equal(entry.page, pageOpening(pages, entry.title, 3), entry.title);
  });
});

describe("Pandoc's manual as an EPUB of 23 chapters", () => {
  const file = () => join(work, "out", "manual.epub");

  test("should pass EPUBCheck with 0 errors and 0 warnings", async () => {
    const report = await epubcheck(file(), work);
    assert.deepEqual(
      [report.fatal, report.error, report.warning],
      [0, 0, 0],
      JSON.stringify(report.messages.slice(0, 5), null, 2),
    );
  });

  test("should pass Ace by DAISY with no violations", async () => {
    const browser = await findBrowser({ env: process.env });
    const report = await ace(file(), join(work, "ace"), browser!.executablePath);
    assert.deepEqual(report.violations, []);
  });

  test("should give each chapter its file, and nest its sections in the navigation and the NCX alike", async () => {
    const epub = await Epub.load(await readFile(file()));
    const nav = navTree(await epub.text("OEBPS/toc.xhtml"));
    assert.deepEqual(
      nav.map((entry) => entry.title),
      titles,
    );
    assert.equal(new Set(nav.map((entry) => entry.href)).size, 23, "a file per chapter");
    const options = nav.find((entry) => entry.title === "Options")!;
    assert.ok(options.children.every((child) => child.href.startsWith(`${options.href}#`)));
    assert.ok(
      nav.some((chapter) => chapter.children.some((child) => child.children.length > 0)),
      "h3 under h2 under the chapter",
    );
    assert.deepEqual(ncxTree(await epub.text("OEBPS/toc.ncx")), nav);
  });

  test("should point a link to a heading of another chapter at that chapter's file", async () => {
    const epub = await Epub.load(await readFile(file()));
    const slides = await epub.text("OEBPS/slide-shows.xhtml");
    // The manual's `[producing slide shows](#slide-shows)`, written when it was one file.
    assert.match(
      await epub.text("OEBPS/templates.xhtml"),
      /<a href="slide-shows\.xhtml#slide-shows" class="chapter-link">producing slide shows/,
    );
    assert.match(slides, /<h1 id="slide-shows">Slide shows<\/h1>/);
  });
});
