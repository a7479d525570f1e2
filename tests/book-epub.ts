// The EPUB section of book.test.ts, run from there on its build of the
// bundled collection: a file per chapter, the navigation and the NCX nested
// as the headings are, landmarks, links between chapters, notes and bios.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { plainText } from "../scripts/check/epub/read-epub.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { ace } from "./helpers/ace.ts";
import { navTree, ncxTree } from "./helpers/book-reading.ts";
import { Epub } from "./helpers/epub.ts";
import { epubcheck } from "./helpers/tools.ts";

export interface BookChapter {
  title: string;
  /** Its file in the EPUB. */
  file: string;
  /** The start of its note 1. */
  firstNote: string;
}

export function describeBookEpub({
  out,
  slug,
  chapters,
}: {
  out: () => string;
  slug: string;
  chapters: BookChapter[];
}): void {
  describe("the book's EPUB", () => {
    let epub: Epub;
    const file = () => join(out(), `${slug}.epub`);
    const text = (name: string) => epub.text(`OEBPS/${name}`);
    before(async () => {
      epub = await Epub.load(await readFile(file()));
    });

    test("should pass EPUBCheck with 0 errors and 0 warnings", async () => {
      const report = await epubcheck(file(), out());
      assert.deepEqual(
        [report.fatal, report.error, report.warning],
        [0, 0, 0],
        JSON.stringify(report.messages, null, 2),
      );
    });

    test("should read cover, title page, contents, one file per chapter, then the bios", async () => {
      assert.deepEqual(await epub.spine(), [
        "cover.xhtml",
        "title-page.xhtml",
        "toc.xhtml",
        ...chapters.map((c) => c.file),
        "about-the-author.xhtml",
      ]);
      for (const chapter of chapters) {
        const heading = /<h1 id="[^"]+">(.*?)<\/h1>/.exec(await text(chapter.file));
        assert.equal(heading && plainText(heading[1]), chapter.title);
      }
    });

    test("should nest the navigation and the NCX as the headings are", async () => {
      const nav = navTree(await text("toc.xhtml"));
      const strip = (nodes: typeof nav): unknown =>
        nodes.map((n) => [n.title, n.href, strip(n.children)]);
      const section = (file: string, id: string, title: string) => [
        title,
        `${file}#${file.replace(".xhtml", "")}--${id}`,
        [],
      ];
      assert.deepEqual(strip(nav), [
        [
          chapters[0].title,
          chapters[0].file,
          [
            section(
              chapters[0].file,
              "one-manuscript-three-editions",
              "One manuscript, three editions",
            ),
            section(
              chapters[0].file,
              "sources-stay-with-the-claims",
              "Sources stay with the claims",
            ),
            section(chapters[0].file, "books-and-collections", "Books and collections"),
          ],
        ],
        [
          chapters[1].title,
          chapters[1].file,
          [
            section(chapters[1].file, "the-front-matter", "The front matter"),
            section(chapters[1].file, "cite-every-source", "Cite every source"),
            section(chapters[1].file, "before-it-goes-out", "Before it goes out"),
          ],
        ],
        [chapters[2].title, chapters[2].file, []],
        [
          "About the authors",
          "about-the-author.xhtml",
          [
            ["The Folio team", "about-the-author.xhtml#author-folio-team", []],
            ["Paul Goble", "about-the-author.xhtml#author-paul-goble", []],
          ],
        ],
      ]);
      assert.deepEqual(ncxTree(await text("toc.ncx")), nav);
    });

    test("should mark the contents, the first chapter and the back matter as landmarks", async () => {
      const landmarks = (await epub.nav("landmarks")).map(({ type, href }) => [type, href]);
      assert.deepEqual(landmarks, [
        ["cover", "cover.xhtml"],
        ["titlepage", "title-page.xhtml"],
        ["toc", "toc.xhtml"],
        ["bodymatter", chapters[0].file],
        ["backmatter", "about-the-author.xhtml"],
      ]);
    });

    test("should link one chapter to a section of another, in that chapter's file", async () => {
      const href = "writing-a-manuscript.xhtml#writing-a-manuscript--cite-every-source";
      assert.match(
        await text(chapters[0].file),
        new RegExp(`<a href="${href}" class="chapter-link">the next chapter shows</a>`),
      );
      assert.match(
        await text(chapters[1].file),
        /<h2 id="writing-a-manuscript--cite-every-source">Cite every source<\/h2>/,
      );
      assert.match(
        await text(chapters[1].file),
        /<a href="kazakhstan-military-expansion.xhtml#kazakhstan-military-expansion" class="chapter-link">The op-ed<\/a>/,
      );
    });

    test("should keep each chapter's notes in its file, numbered from 1", async () => {
      for (const chapter of chapters) {
        const markup = await text(chapter.file);
        const calls = [
          ...markup.matchAll(
            /<a epub:type="noteref" role="doc-noteref" href="#([^"]+)"[^>]*>(\d+)<\/a>/g,
          ),
        ];
        assert.deepEqual(
          calls.map((c) => c[2]),
          ["1", "2"],
          chapter.title,
        );
        for (const [, id] of calls)
          assert.match(markup, new RegExp(`<aside class="note" id="${id}" epub:type="footnote"`));
      }
    });

    test("should put each author's bio once in the back matter, each under its name", async () => {
      const bios = await text("about-the-author.xhtml");
      assert.match(bios, /<body epub:type="backmatter">/);
      assert.match(
        bios,
        /<h2 id="author-folio-team">The Folio team<\/h2>.*<h2 id="author-paul-goble">Paul Goble<\/h2>/s,
      );
      assert.equal(bios.split("Paul Goble is a longtime").length, 2);
    });

    test("should name the editors as editors in the package document", async () => {
      const opf = await text("content.opf");
      assert.match(
        opf,
        /<dc:creator id="creator-1">The Folio team<\/dc:creator>\s*<meta refines="#creator-1" property="role" scheme="marc:relators">edt<\/meta>/,
      );
    });

    test("should pass Ace by DAISY with no violations", async () => {
      const browser = await findBrowser({ env: process.env });
      const report = await ace(file(), join(out(), "ace"), browser!.executablePath);
      assert.deepEqual(report.violations, []);
    });
  });
}
