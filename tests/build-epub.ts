// The EPUB section of build.test.ts, run from there on its build of the bundled
// manuscript: EPUBCheck and Ace by DAISY, what every e-reader's import needs
// (cover, navigation, landmarks, accessibility metadata, file names, size).
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import { imageSize } from "image-size";
import type JSZip from "jszip";
import { findBrowser } from "../scripts/browser/find.ts";
import { ace } from "./helpers/ace.ts";
import { Epub, startTags } from "./helpers/epub.ts";
import { epubcheck } from "./helpers/tools.ts";

export interface BuiltPublication {
  /** The folder the build wrote to, known once build.test.ts's before() has run. */
  out: () => string;
  slug: string;
  title: string;
  sources: { call: string; url: string }[];
}

export function describeEpubEdition({ out, slug, title, sources }: BuiltPublication): void {
  describe("the EPUB edition", () => {
    let zip: JSZip;
    let epub: Epub;
    const file = () => join(out(), `${slug}.epub`);
    const text = (path: string) => zip.file(path)!.async("string");
    before(async () => {
      epub = await Epub.load(await readFile(file()));
      zip = epub.zip;
    });

    test("should pass EPUBCheck with 0 errors and 0 warnings", async () => {
      const report = await epubcheck(file(), out());
      assert.deepEqual(
        [report.fatal, report.error, report.warning],
        [0, 0, 0],
        JSON.stringify(report.messages, null, 2),
      );
    });

    test("should list the article and the bio in the navigation", async () => {
      const nav = await text("OEBPS/toc.xhtml");
      assert.match(nav, /href="article.xhtml"[^>]*>Kazakhstan/);
      assert.match(nav, /href="about-the-author.xhtml"[^>]*>About the author/);
    });

    test("should make each note an EPUB 3 popup note its call links to, with the back link first", async () => {
      const article = await text("OEBPS/article.xhtml");
      const calls = [
        ...article.matchAll(
          /<sup><a epub:type="noteref" role="doc-noteref" href="#([^"]+)" id="([^"]+)"/g,
        ),
      ];
      assert.equal(calls.length, sources.length);
      for (const [i, [, id, callId]] of calls.entries()) {
        const aside = new RegExp(
          `<aside[^>]*id="${id}"[^>]*epub:type="footnote" role="doc-footnote"[^>]*>(.*?)</aside>`,
          "s",
        ).exec(article);
        assert.ok(aside, `an aside with id ${id}`);
        assert.deepEqual(startTags(aside[1], "a")[0], { href: `#${callId}`, role: "doc-backlink" });
        assert.ok(
          aside[1].includes(`href="${sources[i].url}"`),
          `note ${i + 1} links to its source`,
        );
      }
    });

    test("should put the bio in back matter, without the lost e-mail address", async () => {
      const bio = await text("OEBPS/about-the-author.xhtml");
      assert.match(bio, /epub:type="backmatter"/);
      assert.match(bio, /Paul Goble is a longtime specialist/);
      assert.doesNotMatch(bio, /email protected|contacted/);
    });

    test("should embed its fonts as TrueType, cut to the characters it uses", async () => {
      const fonts = (await epub.manifest()).filter((item) =>
        item["media-type"].startsWith("font/"),
      );
      // Literata regular, italic (the byline) and bold (the headings); no code, no other script.
      assert.deepEqual(fonts.map((font) => font.href).sort(), [
        "fonts/literata-latin-400-italic.ttf",
        "fonts/literata-latin-400-normal.ttf",
        "fonts/literata-latin-700-normal.ttf",
      ]);
      let size = 0;
      for (const font of fonts) {
        assert.equal(font["media-type"], "font/ttf");
        const bytes = await zip.file(`OEBPS/${font.href}`)!.async("uint8array");
        assert.deepEqual([...bytes.subarray(0, 4)], [0, 1, 0, 0], `${font.href} is TrueType`);
        size += bytes.length;
      }
      // The whole Latin files of these faces are 64 KB as WOFF2, 141 KB as TrueType; cut, 51 KB.
      assert.ok(size < 60_000, `${size} bytes of fonts`);
      const cover = await zip.file("OEBPS/cover.png")!.async("uint8array");
      const epubSize = (await readFile(file())).length;
      assert.ok(
        epubSize - cover.length < 60_000,
        `${epubSize} bytes, ${cover.length} of them the cover`,
      );
    });

    test("should weigh under 120 KB, its cover a palette PNG under 100 KB", async () => {
      const cover = await zip.file("OEBPS/cover.png")!.async("uint8array");
      // PNG colour type 3, "indexed-colour": one byte a pixel, a palette of at most 256 colours.
      assert.equal(cover[25], 3, "a palette PNG");
      assert.ok(cover.length < 100_000, `${cover.length} bytes of cover`);
      const epubSize = (await readFile(file())).length;
      assert.ok(epubSize < 120_000, `${epubSize} bytes, ${cover.length} of them the cover`);
    });

    test("should pass Ace by DAISY with no violations", async () => {
      const browser = await findBrowser({ env: process.env });
      const report = await ace(file(), join(out(), "ace"), browser!.executablePath);
      assert.deepEqual(report.violations, []);
      assert.equal(report.outcome, "pass");
    });

    test("should open on a cover page showing a 1600×2560 cover image declared for every reader", async () => {
      const cover = (await epub.manifest()).find((item) => item.properties === "cover-image");
      assert.deepEqual(cover && [cover.href, cover["media-type"]], ["cover.png", "image/png"]);
      assert.match(
        await text("OEBPS/content.opf"),
        new RegExp(`<meta name="cover" content="${cover!.id}"/>`),
        "for Kindle",
      );
      assert.equal((await epub.spine())[0], "cover.xhtml");
      const page = await text("OEBPS/cover.xhtml");
      assert.match(page, /<body epub:type="cover"/);
      assert.deepEqual(startTags(page, "img"), [
        { role: "doc-cover", src: "cover.png", alt: `${title}, by Paul Goble` },
      ]);
      const size = imageSize(await zip.file("OEBPS/cover.png")!.async("uint8array"));
      assert.deepEqual([size.type, size.width, size.height], ["png", 1600, 2560]);
    });

    test("should mark the cover, the body and the bio as landmarks", async () => {
      const landmarks = (await epub.nav("landmarks")).map(({ type, href }) => [type, href]);
      assert.deepEqual(landmarks, [
        ["cover", "cover.xhtml"],
        ["bodymatter", "article.xhtml"],
        ["backmatter", "about-the-author.xhtml"],
      ]);
    });

    test("should list the same entries in the NCX as in the navigation document", async () => {
      assert.deepEqual(await epub.ncx(), await epub.nav("toc"));
      assert.deepEqual(
        (await epub.ncx()).map((entry) => entry.href),
        ["article.xhtml", "about-the-author.xhtml"],
      );
    });

    test("should declare its accessibility in the package document", async () => {
      const expected = {
        "schema:accessMode": ["textual", "visual"],
        "schema:accessModeSufficient": ["textual"],
        "schema:accessibilityFeature": [
          "structuralNavigation",
          "tableOfContents",
          "readingOrder",
          "displayTransformability",
          "alternativeText",
        ],
        "schema:accessibilityHazard": ["none"],
        "dcterms:conformsTo": ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"],
      };
      for (const [name, values] of Object.entries(expected))
        assert.deepEqual(await epub.metadata(name), values, name);
      for (const name of ["schema:accessibilitySummary", "a11y:certifiedBy"])
        assert.equal((await epub.metadata(name)).length, 1, name);
    });

    test("should declare UTF-8 in every XHTML file and name every file in ASCII", async () => {
      for (const name of epub.names) {
        assert.match(name, /^[A-Za-z0-9._/-]+$/, "ASCII, no spaces");
        if (/\.(xhtml|opf|ncx)$/.test(name))
          assert.ok((await text(name)).startsWith('<?xml version="1.0" encoding="UTF-8"?>'), name);
      }
    });

    test("should list every file in the manifest, the fonts as fonts, and weigh under 50 MB", async () => {
      const manifest = new Map(
        (await epub.manifest()).map((item) => [`OEBPS/${item.href}`, item["media-type"]]),
      );
      const packaged = epub.names.filter(
        (name) => name.startsWith("OEBPS/") && name !== "OEBPS/content.opf",
      );
      assert.deepEqual(packaged.sort(), [...manifest.keys()].sort());
      for (const font of packaged.filter((name) => name.endsWith(".woff2")))
        assert.equal(manifest.get(font), "font/woff2", font);
      assert.ok(
        (await readFile(file())).length < 50 * 1024 * 1024,
        "Send to Kindle takes files up to 50 MB",
      );
    });

    test("should keep the same dc:identifier from build to build", async () => {
      // Derived from the slug (scripts/epub/edition.ts): a new one would make readers file a rebuild as another book.
      const identifier = "urn:uuid:2b1c8535-e4ff-5206-aec3-d729dca2c4da";
      assert.match(
        await text("OEBPS/content.opf"),
        new RegExp(`<dc:identifier id="pub-id">${identifier}</dc:identifier>`),
      );
      assert.match(
        await text("OEBPS/toc.ncx"),
        new RegExp(`<meta name="dtb:uid" content="${identifier}"/>`),
      );
    });
  });
}
