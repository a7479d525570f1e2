// Books as writers make them, and get them wrong: chapters in file-name order
// or as book.yaml lists them, titles from the opening `# Heading`, authors
// from the book's folder before the manuscript root's, and a link to a
// chapter or heading that does not exist, reported where it stands.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { navTree } from "./helpers/book-reading.ts";
import { buildProject } from "./helpers/project.ts";
import { pdfInfo, pdfText } from "./helpers/tools.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-book-manuscript-"));
});
after(() => rm(work, { recursive: true, force: true }));

const build = (name: string, files: Record<string, string>, argv?: string[]) =>
  buildProject(work, name, files, argv);

const bio = (name: string) => `---\nname: ${name}\n---\n\n${name} writes about rivers.\n`;

test("should build a folder of chapters in file-name order, titled by their headings, linked across chapters", async () => {
  const run = await build("in-order", {
    "authors/jane-doe.md": bio("Jane Root"),
    "rivers/authors/jane-doe.md": bio("Jane Doe"),
    "rivers/book.md": "---\ntitle: Rivers\nauthor: jane-doe\n---\n",
    "rivers/02-deltas.md":
      "# Deltas\n\nWhere rivers end.[^a]\n\n## Sediment\n\nSee [the sources](#springs) and [the start](01-springs.md).\n\n[^a]: <https://example.org/deltas>\n",
    "rivers/01-springs.md":
      "# Springs\n\nWhere rivers start.[^a] [Sediment](02-deltas.md#sediment) comes later.\n\n# Springs in winter\n\nCold.\n\n[^a]: <https://example.org/springs>\n",
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "");
  assert.deepEqual(run.written, ["rivers.epub"]);
  const epub = await run.epub("rivers");
  assert.deepEqual((await epub.spine()).slice(1), [
    "title-page.xhtml",
    "toc.xhtml",
    "springs.xhtml",
    "deltas.xhtml",
    "about-the-author.xhtml",
  ]);
  const nav = navTree(await epub.text("OEBPS/toc.xhtml"));
  // The opening `# Springs` is the title; the second `#` heading moves under it.
  assert.deepEqual(nav[0], {
    title: "Springs",
    href: "springs.xhtml",
    children: [
      {
        title: "Springs in winter",
        href: "springs.xhtml#springs--springs-in-winter",
        children: [],
      },
    ],
  });
  const springs = await epub.text("OEBPS/springs.xhtml");
  assert.match(
    springs,
    /<a href="deltas.xhtml#deltas--sediment" class="chapter-link">Sediment<\/a>/,
  );
  const deltas = await epub.text("OEBPS/deltas.xhtml");
  assert.match(deltas, /<a href="springs.xhtml#springs" class="chapter-link">the start<\/a>/);
  assert.match(
    deltas,
    /<a href="springs.xhtml#springs" class="chapter-link">the sources<\/a>/,
    "`#springs` names the other chapter's heading",
  );
  assert.match(
    await epub.text("OEBPS/about-the-author.xhtml"),
    /Jane Doe writes about rivers/,
    "the book's author file before the root's",
  );
});

test("should report a link to a heading or chapter that does not exist where it stands, and write nothing", async () => {
  const run = await build("broken-links", {
    "guide/book.yaml": "title: A guide\nauthor: Jane Doe\nchapters:\n  - one.md\n  - two.md\n",
    "guide/one.md":
      "---\ntitle: One\n---\n\nSee [the method](two.md#sampling),\nand [the appendix](three.md).\n",
    "guide/two.md": "---\ntitle: Two\n---\n\n## Method\n\nText.\n",
  });
  assert.equal(run.code, 1);
  assert.match(
    run.stderr,
    /^manuscript\/guide\/one\.md:5:5: error: The link `two\.md#sampling` points at no heading or note of `two\.md`/m,
  );
  assert.match(
    run.stderr,
    /^manuscript\/guide\/one\.md:6:5: error: The link `three\.md` points at `three\.md`, which is no chapter of this book/m,
  );
  assert.deepEqual(run.written, []);
});

test("should lead `other.md#Fragment` to the one heading it names when case is ignored, and show a link to a Markdown file that is no chapter as its text", async () => {
  const run = await build("gitbook-links", {
    "guide/book.yaml":
      "title: A guide\nauthor: Jane Doe\nchapters:\n  - ch01.md\n  - appendix_b.md\n",
    "guide/README.md": "# A guide\n\n## About the Node.js version\n",
    "guide/ch01.md":
      "# One\n\nSee [Appendix B](./appendix_b.md#Maybe) and [the readme](./README.md#about-the-nodejs-version).\n",
    "guide/appendix_b.md": "# Appendix B\n\n## Maybe\n\nText.\n",
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stderr,
    "manuscript/guide/ch01.md:3:45: warning: The link `./README.md#about-the-nodejs-version` points at `./README.md`, which is not a chapter of this book: the editions show its text without the link [link-target]\n",
  );
  const chapter = await (await run.epub("guide")).text("OEBPS/ch01.xhtml");
  assert.match(
    chapter,
    /<a href="appendix-b.xhtml#appendix-b--maybe" class="chapter-link">Appendix B<\/a> and the readme\./,
  );
});

test("should report a listed chapter that does not exist, a chapter without a title (titled by its file name), and a bad key, in their files", async () => {
  const run = await build("broken-book", {
    "guide/book.yaml":
      "title: A guide\nchapters-start: left\nchapters:\n  - one.md\n  - missing.md\n",
    "guide/one.md": "Text with no heading.\n",
  });
  assert.equal(run.code, 1);
  assert.match(
    run.stderr,
    /^manuscript\/guide\/book\.yaml:2:1: error: `chapters-start` must be `right` or `any`/m,
  );
  const fixed = await build("missing-chapter", {
    "guide/book.yaml": "title: A guide\nchapters:\n  - one.md\n  - missing.md\n",
    "guide/one.md": "Text with no heading.\n",
  });
  assert.equal(fixed.code, 1);
  assert.match(
    fixed.stderr,
    /^manuscript\/guide\/book\.yaml:4:5: error: The chapter `missing\.md` does not exist/m,
  );
  assert.match(
    fixed.stderr,
    /^manuscript\/guide\/one\.md:1:1: warning: No title: .* the title, “One”/m,
  );
});

test("should take chapters only from inside the manuscript folder", async () => {
  const run = await build("outside", {
    "guide/book.yaml": "title: A guide\nchapters:\n  - ../../../etc/passwd.md\n",
  });
  assert.equal(run.code, 1);
  assert.match(
    run.stderr,
    /^manuscript\/guide\/book\.yaml:3:5: error: The chapter `\.\.\/\.\.\/\.\.\/etc\/passwd\.md` is outside the manuscript folder/m,
  );
});

test("should open each chapter of the handout on a right-hand page, leaving a left one blank, and pass the checks", async () => {
  const run = await build(
    "right-hand",
    {
      "authors/jane-doe.md": bio("Jane Doe"),
      "notes/book.yaml": "title: Field notes\nauthor: jane-doe\nchapters-start: right\n",
      "notes/01-spring.md": "# Spring\n\nThe ice goes out.\n",
      "notes/02-summer.md": "# Summer\n\nThe water is low.\n",
    },
    ["--edition", "handout", "--check"],
  );
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /✔ no blank page \(but the handout's one before the bio\)/);
  const pdf = join(run.dir, "output", "notes-handout.pdf");
  const pages = await Promise.all([1, 2, 3, 4, 5, 6].map((page) => pdfText(pdf, page)));
  assert.equal(
    (await pdfInfo(pdf)).pages,
    6,
    "title, contents, Spring, a blank page, Summer, the bio",
  );
  assert.match(pages[2], /Spring/);
  assert.equal(pages[3].trim(), "", "the left page before Summer");
  assert.match(pages[4], /^\s*Summer/);
  assert.match(pages[5], /About the author/);
});
