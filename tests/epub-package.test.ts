import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import type { EpubInput } from "../scripts/epub/epub-input.ts";
import { packageEpub } from "../scripts/epub/package.ts";
import { ReproducibleEPub } from "../scripts/epub/reproducible-epub.ts";
import { Epub } from "./helpers/epub.ts";
import { epubcheck } from "./helpers/tools.ts";

const fontDirectory = fileURLToPath(
  new URL("../node_modules/@fontsource/literata/files/", import.meta.url),
);
const identifier = "urn:uuid:0b7f4a2e-6a8d-4c1e-9f0a-3d2b1c4e5f60";
const noteref1 =
  '<sup><a epub:type="noteref" role="doc-noteref" href="#fn-1" id="fnref-1">1</a></sup>';
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
  assert.deepEqual(
    counts,
    { fatal: 0, error: 0, warning: 0 },
    JSON.stringify(report.messages, null, 2),
  );
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
  assert.deepEqual(names.sort(), [
    "OEBPS/about-the-author.xhtml",
    "OEBPS/article.xhtml",
    "OEBPS/toc.xhtml",
  ]);
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
  assert.ok(
    (await entry("OEBPS/toc.ncx")).includes(`<meta name="dtb:uid" content="${identifier}"/>`),
  );
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

test("should date every entry, folders too, with the one date given (to the ZIP's two seconds)", () => {
  for (const file of Object.values(zip.files))
    assert.equal(file.date.toISOString(), "2024-05-06T07:08:08.000Z", file.name);
});

/** Each entry's compression method, from the ZIP's local headers: 0 stored, 8 deflated. */
function methods(zipBytes: Uint8Array): Map<string, number> {
  const buffer = Buffer.from(zipBytes);
  const found = new Map<string, number>();
  for (let at = 0; buffer.readUInt32LE(at) === 0x04034b50; ) {
    const nameLength = buffer.readUInt16LE(at + 26);
    found.set(buffer.toString("utf8", at + 30, at + 30 + nameLength), buffer.readUInt16LE(at + 8));
    at += 30 + nameLength + buffer.readUInt16LE(at + 28) + buffer.readUInt32LE(at + 18);
  }
  return found;
}

test("should store what is compressed already (WOFF2, PNG) and deflate the rest, TrueType fonts included", async () => {
  const png = await readFile(new URL("fixtures/epub-package/chart.png", import.meta.url));
  // The packager goes by the declared type, not by the bytes: the WOFF2 file stands in for a TrueType one.
  const ttf = {
    ...input.fonts[0],
    filename: "literata-latin-400-normal.ttf",
    mediaType: "font/ttf",
  };
  const found = methods(
    await packageEpub({ ...input, fonts: [input.fonts[0], ttf], cover: { png, alt: "A cover" } }),
  );
  assert.equal(found.get("mimetype"), 0);
  assert.equal(found.get("OEBPS/fonts/literata-latin-400-normal.woff2"), 0);
  assert.equal(found.get("OEBPS/fonts/literata-latin-400-normal.ttf"), 8);
  assert.equal(found.get("OEBPS/cover.png"), 0);
  assert.equal(found.get("OEBPS/article.xhtml"), 8);
  assert.equal(found.get("OEBPS/content.opf"), 8);
});

test("should zip the cover last, its bytes given while it is still being drawn", async () => {
  const png = await readFile(new URL("fixtures/epub-package/chart.png", import.meta.url));
  const drawn = new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(png), 200));
  const bytes = await packageEpub({ ...input, cover: { png: drawn, alt: "A cover" } });
  assert.equal([...methods(bytes).keys()].at(-1), "OEBPS/cover.png");
  assert.deepEqual(
    await (await JSZip.loadAsync(bytes)).file("OEBPS/cover.png")!.async("nodebuffer"),
    png,
  );
  assert.deepEqual(
    await packageEpub({ ...input, cover: { png, alt: "A cover" } }),
    bytes,
    "the same EPUB as from the bytes themselves",
  );
});

test("should store each image a chapter shows once, numbered in order of appearance, and pass EPUBCheck", async () => {
  const chart = new URL("fixtures/epub-package/chart.png", import.meta.url);
  const photo = new URL("fixtures/epub-package/cover.jpg", import.meta.url);
  const chapters = [
    {
      ...input.chapters[0],
      html: `<p><img src="${chart.href}" alt="A chart"></p><p><img src="${photo.href}" alt="A photo"></p>`,
    },
    {
      ...input.chapters[1],
      html: `<section><h2>About</h2><p><img src="${chart.href}" alt="The chart again"></p></section>`,
    },
  ];
  const bytes = await packageEpub({ ...input, chapters });
  await writeFile(join(directory, "images.epub"), bytes);
  const report = await epubcheck(join(directory, "images.epub"), directory);
  assert.deepEqual(
    [report.fatal, report.error, report.warning],
    [0, 0, 0],
    JSON.stringify(report.messages, null, 2),
  );
  const images = await JSZip.loadAsync(bytes);
  const first = await images.file("OEBPS/article.xhtml")!.async("string");
  assert.match(
    first,
    /<img src="images\/image-1.png" alt="A chart"\/>.*<img src="images\/image-2.jpeg" alt="A photo"\/>/s,
  );
  assert.match(
    await images.file("OEBPS/about-the-author.xhtml")!.async("string"),
    /<img src="images\/image-1.png" alt="The chart again"\/>/,
  );
  assert.deepEqual(
    Object.keys(images.files)
      .filter((name) => name.startsWith("OEBPS/images/"))
      .sort(),
    ["OEBPS/images/", "OEBPS/images/image-1.png", "OEBPS/images/image-2.jpeg"],
  );
  assert.deepEqual(
    await images.file("OEBPS/images/image-2.jpeg")!.async("nodebuffer"),
    await readFile(photo),
  );
  const opf = await images.file("OEBPS/content.opf")!.async("string");
  assert.ok(
    opf.includes('<item id="image-1" href="images/image-1.png" media-type="image/png"/>'),
    opf,
  );
  assert.deepEqual(
    await (await Epub.load(bytes)).metadata("schema:accessMode"),
    ["textual", "visual"],
    "pictures are a visual access mode",
  );
  assert.deepEqual(await (await Epub.load(bytes)).metadata("schema:accessibilityFeature"), [
    "structuralNavigation",
    "tableOfContents",
    "readingOrder",
    "displayTransformability",
    "alternativeText",
  ]);
  assert.deepEqual(
    await packageEpub({ ...input, chapters }),
    bytes,
    "the same names on every build",
  );
});

test("should refuse an image that is not a local file, rather than download it", async () => {
  const chapters = [
    {
      ...input.chapters[0],
      html: '<p><img src="https://example.org/chart.png" alt="A chart"></p>',
    },
  ];
  await assert.rejects(
    packageEpub({ ...input, chapters }),
    /never fetches anything.*https:\/\/example.org\/chart.png/,
  );
});

test("should refuse a font at a web address, rather than download it", async () => {
  const fonts = [{ filename: "remote.woff2", url: "https://example.org/remote.woff2" }];
  const epub = new ReproducibleEPub(
    { title: "T", description: "D", fonts },
    [{ title: "T", content: "<p>Text.</p>" }],
    { date: new Date(0) },
  );
  await assert.rejects(epub.bytes(), /never fetches anything.*https:\/\/example.org\/remote.woff2/);
});

test("should reject a font whose name does not say its type", async () => {
  const fonts = [{ ...input.fonts[0], filename: "literata.ttf" }];
  await assert.rejects(
    packageEpub({ ...input, fonts }),
    /Font file name `literata.ttf` must .* as its type says \(font\/woff2\)/,
  );
});
