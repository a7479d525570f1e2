// The EPUB's cover: the image renderCover() draws in Chromium, and how packageEpub()
// declares a cover (and the accessibility metadata that depends on it).
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { imageSize } from "image-size";
import sharp from "sharp";
import { openCoverWindow, renderCover } from "../scripts/epub/cover.ts";
import type { EpubInput } from "../scripts/epub/epub-input.ts";
import { packageEpub } from "../scripts/epub/package.ts";
import { withBrowser } from "../scripts/browser/launch.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { Epub, startTags } from "./helpers/epub.ts";
import { epubcheck } from "./helpers/tools.ts";

const png = await readFile(new URL("fixtures/epub-package/chart.png", import.meta.url));
const input: EpubInput = {
  title: "Rivers & Roads",
  authors: ["Jane Doe"],
  lang: "en",
  description: "A short essay.",
  identifier: "urn:uuid:0b7f4a2e-6a8d-4c1e-9f0a-3d2b1c4e5f61",
  modified: new Date("2024-05-06T07:08:09Z"),
  chapters: [
    {
      filename: "article.xhtml",
      title: "Rivers & Roads",
      landmark: "bodymatter",
      html: "<h1>Rivers &amp; Roads</h1><p>Text.</p>",
    },
  ],
  css: "body { font-family: serif; }",
  fonts: [],
};
const browser = await findBrowser({ env: process.env });

let directory = "";
before(async () => {
  directory = await mkdtemp(join(tmpdir(), "folio-cover-"));
});
after(() => rm(directory, { recursive: true, force: true }));

test("should render a 1600×2560 palette PNG, the same bytes for the same input", {
  skip: !browser && "no Chrome or Chromium found",
}, async () => {
  const cover = {
    title: "A <b>Title</b> & More",
    kind: "Essay",
    authors: ["Jane Doe", "John Roe"],
    lang: "en",
  };
  const [first, second, other] = await withBrowser(browser!.executablePath, async (launched) => {
    const b = await launched;
    return [
      await renderCover(b, cover),
      await renderCover(b, cover),
      await renderCover(b, { ...cover, title: "Another title" }),
    ];
  });
  assert.deepEqual(imageSize(first), { type: "png", width: 1600, height: 2560 });
  assert.equal(first[25], 3, "PNG colour type 3: indexed colour");
  assert.deepEqual(first, second);
  assert.notDeepEqual(first, other);
});

test("should draw the cover in the window opened ahead of it, and open no other", {
  skip: !browser && "no Chrome or Chromium found",
}, async () => {
  const cover = { title: "Ahead", authors: ["Jane Doe"], lang: "en" };
  const [before, opened, after, png] = await withBrowser(
    browser!.executablePath,
    async (launched) => {
      const b = await launched;
      const windows = async () => (await b.pages()).length;
      const before = await windows();
      await openCoverWindow(b);
      const opened = await windows();
      const png = await renderCover(b, cover);
      return [before, opened, await windows(), png];
    },
  );
  assert.equal(opened, before + 1, "openCoverWindow() opens the window");
  assert.equal(after, opened, "the cover is drawn in it");
  assert.deepEqual(imageSize(png), { type: "png", width: 1600, height: 2560 });
});

test("should set a right-to-left language's cover from the right, a left-to-right one's from the left", {
  skip: !browser && "no Chrome or Chromium found",
}, async () => {
  const covers = await withBrowser(browser!.executablePath, async (launched) => {
    const b = await launched;
    return [
      await renderCover(b, { title: "مدينة على البحر", authors: ["أحمد علي"], lang: "ar" }),
      await renderCover(b, { title: "A City by the Sea", authors: ["Jane Doe"], lang: "en" }),
    ];
  });
  const [arabic, english] = await Promise.all(covers.map(titleCentre));
  assert.ok(arabic > 800, `the Arabic title's ink is centred at x = ${arabic} of 1600`);
  assert.ok(english < 800, `the English title's ink is centred at x = ${english} of 1600`);
});

/** The mean x of the light (text) pixels in the title's band of a cover. */
async function titleCentre(png: Uint8Array): Promise<number> {
  const band = { left: 0, top: 300, width: 1600, height: 500 };
  const { data, info } = await sharp(png)
    .extract(band)
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let sum = 0;
  let count = 0;
  for (let i = 0; i < data.length; i++) {
    if (data[i] > 200) {
      sum += i % info.width;
      count++;
    }
  }
  assert.ok(count > 0, "the title band has text");
  return Math.round(sum / count);
}

test("should put the cover page first, declare the image for EPUB 3 and Kindle, and pass EPUBCheck", async () => {
  const bytes = await packageEpub({ ...input, cover: { png, alt: "Rivers & Roads, by Jane Doe" } });
  await writeFile(join(directory, "cover.epub"), bytes);
  const report = await epubcheck(join(directory, "cover.epub"), directory);
  assert.deepEqual(
    [report.fatal, report.error, report.warning],
    [0, 0, 0],
    JSON.stringify(report.messages, null, 2),
  );
  const epub = await Epub.load(bytes);
  assert.deepEqual(await epub.spine(), ["cover.xhtml", "article.xhtml"]);
  const image = (await epub.manifest()).find((item) => item.href === "cover.png");
  assert.deepEqual(image, {
    id: "cover-image",
    href: "cover.png",
    "media-type": "image/png",
    properties: "cover-image",
  });
  const opf = await epub.text("OEBPS/content.opf");
  assert.ok(opf.includes('<meta name="cover" content="cover-image"/>'));
  assert.ok(opf.includes('<reference type="cover" title="Cover" href="cover.xhtml"/>'));
  assert.deepEqual(await epub.zip.file("OEBPS/cover.png")!.async("nodebuffer"), png);
  const page = await epub.text("OEBPS/cover.xhtml");
  assert.ok(page.startsWith('<?xml version="1.0" encoding="UTF-8"?>'));
  assert.deepEqual(startTags(page, "img"), [
    { role: "doc-cover", src: "cover.png", alt: "Rivers &amp; Roads, by Jane Doe" },
  ]);
  assert.deepEqual(
    (await epub.nav("landmarks")).map((l) => l.type),
    ["cover", "bodymatter"],
  );
  assert.deepEqual(
    (await epub.nav("toc")).map((l) => l.href),
    ["article.xhtml"],
    "the cover is no entry of the contents",
  );
  assert.deepEqual(await epub.ncx(), await epub.nav("toc"));
  assert.deepEqual(await epub.metadata("schema:accessMode"), ["textual", "visual"]);
  assert.ok((await epub.metadata("schema:accessibilityFeature")).includes("alternativeText"));
});

test("should declare no cover and a textual access mode only when given no cover", async () => {
  const epub = await Epub.load(await packageEpub(input));
  assert.deepEqual(await epub.spine(), ["article.xhtml"]);
  assert.equal(epub.zip.file("OEBPS/cover.xhtml"), null);
  assert.doesNotMatch(await epub.text("OEBPS/content.opf"), /cover/);
  assert.deepEqual(await epub.metadata("schema:accessMode"), ["textual"]);
  assert.ok(!(await epub.metadata("schema:accessibilityFeature")).includes("alternativeText"));
});

test("should reserve cover.xhtml for the cover page", async () => {
  const chapters = [{ ...input.chapters[0]!, filename: "cover.xhtml" }];
  await assert.rejects(packageEpub({ ...input, chapters }), /Chapter file name `cover.xhtml`/);
});
