import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { packageEpub, type EpubInput } from "../scripts/epub/package.ts";
import { epubcheck } from "./helpers/tools.ts";

const fontDirectory = fileURLToPath(new URL("../node_modules/@fontsource/literata/files/", import.meta.url));
const identifier = "urn:uuid:0b7f4a2e-6a8d-4c1e-9f0a-3d2b1c4e5f60";
const noteref1 = '<sup><a epub:type="noteref" role="doc-noteref" href="#fn-1" id="fnref-1">1</a></sup>';
const footnote1 =
  '<aside epub:type="footnote" role="doc-footnote" id="fn-1"><p><a href="#fnref-1" role="doc-backlink">1.</a> ' +
  '<a href="https://example.org/report?id=1&amp;lang=en">https://example.org/report?id=1&amp;lang=en</a></p></aside>';

const input: EpubInput = {
  title: "Steppe & Empire",
  authors: ["Jane Doe"],
  lang: "en",
  description: "An article with two sourced claims.",
  identifier,
  modified: new Date("2024-05-06T07:08:09.500Z"),
  chapters: [
    {
      filename: "article.xhtml",
      title: "Steppe & Empire",
      landmark: "bodymatter",
      html:
        `<h1 id="title">Steppe &amp; Empire</h1><p>One claim${noteref1} and another` +
        '<sup><a epub:type="noteref" role="doc-noteref" href="#fn-2" id="fnref-2">2</a></sup>.</p>' +
        `<section epub:type="footnotes">${footnote1}` +
        '<aside epub:type="footnote" role="doc-footnote" id="fn-2"><p><a href="#fnref-2" role="doc-backlink">2.</a> ' +
        '<a href="https://example.com/b">https://example.com/b</a></p></aside></section>',
    },
    {
      filename: "about-the-author.xhtml",
      title: "About the author",
      landmark: "backmatter",
      html: '<section aria-labelledby="about"><h2 id="about">About the author</h2><p>Jane Doe writes.</p></section>',
    },
  ],
  css:
    '@font-face { font-family: "Literata"; src: url("fonts/literata-latin-400-normal.woff2"); }\n' +
    '@font-face { font-family: "Literata"; font-style: italic; src: url("fonts/literata-latin-400-italic.woff2"); }\n' +
    'body { font-family: "Literata", serif; }\n',
  fonts: ["literata-latin-400-normal.woff2", "literata-latin-400-italic.woff2"].map((filename) => ({
    filename,
    mediaType: "font/woff2",
    data: readFileSync(join(fontDirectory, filename)),
  })),
};

let directory = "";
let epubPath = "";
let bytes: Uint8Array = new Uint8Array();
let zip: JSZip;

before(async () => {
  directory = await mkdtemp(join(tmpdir(), "folio-epub-"));
  epubPath = join(directory, "test.epub");
  bytes = await packageEpub(input);
  await writeFile(epubPath, bytes);
  zip = await JSZip.loadAsync(bytes);
});

after(async () => {
  await rm(directory, { recursive: true, force: true });
});

function entry(path: string): Promise<string> {
  const file = zip.file(path);
  assert.ok(file, `missing ${path}`);
  return file.async("string");
}

test("should pass EPUBCheck with no errors and no warnings", async () => {
  const report = await epubcheck(epubPath, directory);
  const counts = { fatal: report.fatal, error: report.error, warning: report.warning };
  assert.deepEqual(counts, { fatal: 0, error: 0, warning: 0 }, JSON.stringify(report.messages, null, 2));
});

test("should store mimetype first and uncompressed", () => {
  const header = Buffer.from(bytes.subarray(0, 58));
  assert.equal(header.readUInt32LE(0), 0x04034b50, "local file header signature");
  assert.equal(header.readUInt16LE(8), 0, "compression method 0 (stored)");
  assert.equal(header.readUInt16LE(28), 0, "no extra field (OCF 3.2 §4.3)");
  assert.equal(header.toString("latin1", 30, 58), "mimetypeapplication/epub+zip");
});

test("should give the same bytes for the same input", async () => {
  assert.deepEqual(await packageEpub(input), bytes);
});

test("should keep noterefs and footnotes as EPUB 3 popup notes", async () => {
  const article = await entry("OEBPS/article.xhtml");
  assert.ok(article.includes('xmlns:epub="http://www.idpf.org/2007/ops"'));
  assert.ok(article.includes(noteref1), article);
  assert.ok(article.includes(footnote1), article);
  assert.ok(article.includes('<body epub:type="bodymatter">'));
});

test("should start every XHTML file with an XML declaration", async () => {
  const names = Object.keys(zip.files).filter((name) => name.endsWith(".xhtml"));
  assert.deepEqual(names.sort(), ["OEBPS/about-the-author.xhtml", "OEBPS/article.xhtml", "OEBPS/toc.xhtml"]);
  for (const name of names) {
    assert.ok((await entry(name)).startsWith('<?xml version="1.0" encoding="UTF-8"?>\n'), name);
  }
});

test("should write the given metadata into the package document", async () => {
  const opf = await entry("OEBPS/content.opf");
  assert.ok(opf.includes(`<dc:identifier id="pub-id">${identifier}</dc:identifier>`));
  assert.ok(opf.includes('<meta property="dcterms:modified">2024-05-06T07:08:09Z</meta>'));
  assert.ok(opf.includes("<dc:description>An article with two sourced claims.</dc:description>"));
  assert.ok(opf.includes("<dc:language>en</dc:language>"));
  assert.ok(opf.includes('<dc:creator id="creator-1">Jane Doe</dc:creator>'));
  assert.ok(opf.includes('href="fonts/literata-latin-400-italic.woff2" media-type="font/woff2"'));
  assert.ok(!opf.includes('<itemref idref="nav"'), "the nav document stays out of the spine");
  assert.ok(zip.file("OEBPS/fonts/literata-latin-400-normal.woff2"));
  assert.ok((await entry("OEBPS/toc.ncx")).includes(`<meta name="dtb:uid" content="${identifier}"/>`));
});

test("should list every chapter and the landmarks in the navigation document", async () => {
  const nav = await entry("OEBPS/toc.xhtml");
  assert.ok(nav.includes('<li><a href="article.xhtml">Steppe &amp; Empire</a></li>'), nav);
  assert.ok(nav.includes('<li><a href="about-the-author.xhtml">About the author</a></li>'), nav);
  assert.ok(nav.includes('<a epub:type="bodymatter" href="article.xhtml">'), nav);
  assert.ok(nav.includes('<a epub:type="backmatter" href="about-the-author.xhtml">'), nav);
  const ncx = await entry("OEBPS/toc.ncx");
  assert.ok(ncx.includes('<content src="about-the-author.xhtml"/>'), ncx);
});

test("should reject a chapter file name that is not plain ASCII ending in .xhtml", async () => {
  const chapters = [{ ...input.chapters[0]!, filename: "my article.xhtml" }];
  await assert.rejects(packageEpub({ ...input, chapters }), /Chapter file name/);
});
