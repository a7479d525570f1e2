// Every script a manuscript is written in: short manuscripts in Japanese, Arabic
// and Russian, and one with emoji (tests/fixtures/scripts/) built on a machine with no fonts but
// DejaVu (a fontconfig file that lists only DejaVu's folder, given to the build's
// environment and so to its Chromium), then read back: the PDFs' fonts from
// their font dictionaries, the EPUB's font files, the direction of the Arabic, and `folio check`.
// And the Japanese saved page of the corpus, imported, built and checked.
import assert from "node:assert/strict";
import { readdir, readFile, rm, stat, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, describe, test } from "node:test";
import { flat } from "../scripts/check/text.ts";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";
import { importBuildCheck } from "./helpers/corpus.ts";
import { pdfFonts, pdfText, pdfWords } from "./helpers/tools.ts";

const fixtures = fileURLToPath(new URL("fixtures/scripts/", import.meta.url));
let work: string;
let out: string;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-scripts-"));
  out = join(work, "out");
  const fontsConf = join(work, "fonts.conf");
  await writeFile(
    fontsConf,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${join(work, "fontconfig")}</cachedir></fontconfig>
`,
  );
  const run = await runFolio(["build", fixtures, "--out", out], {
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
  });
  assert.equal(run.code, 0, run.stderr);
});
after(() => rm(work, { recursive: true, force: true }));

const manuscripts = [
  {
    slug: "ja",
    title: "公衆無線LANを安全に使うために",
    noto: "NotoSerifJP",
    files: "noto-serif-jp-",
  },
  {
    slug: "ar",
    title: "الشبكات اللاسلكية العامة",
    noto: "NotoNaskhArabic",
    files: "noto-naskh-arabic-arabic-",
  },
  {
    slug: "ru",
    title: "Безопасность общественных сетей Wi-Fi",
    noto: undefined,
    files: "literata-cyrillic-",
  },
  // Emoji printed nothing with no font for them, and the CJK fonts' slices claim emoji they cannot draw.
  { slug: "emoji", title: "A mushroom 🍄 on the cover", noto: "NotoEmoji", files: "noto-emoji-" },
];

for (const { slug, title, noto, files } of manuscripts) {
  describe(`a manuscript in ${slug}, on a machine with no fonts but DejaVu`, () => {
    test("should embed every font of both PDFs, none of them Type 3 and none of the machine's", async () => {
      for (const pdf of [`${slug}.pdf`, `${slug}-handout.pdf`]) {
        const fonts = await pdfFonts(join(out, pdf));
        for (const font of fonts) {
          assert.ok(font.embedded, `${pdf}: ${font.name} embedded`);
          assert.notEqual(font.type, "Type 3", `${pdf}: ${font.name}`);
          assert.match(
            font.name,
            /\+(Literata|SourceCodePro|Noto)/,
            `${pdf}: ${font.name} is one Folio ships`,
          );
        }
        if (noto)
          assert.ok(
            fonts.some((font) => font.name.includes(noto)),
            `${pdf}: ${noto} among ${fonts.map((f) => f.name).join(", ")}`,
          );
        else
          assert.ok(
            fonts.every((font) => font.name.includes("Literata")),
            `${pdf}: Literata alone`,
          );
        assert.ok(
          flat(await pdfText(join(out, pdf), 1)).includes(flat(title)),
          `${pdf}: the title printed`,
        );
      }
    });

    test("should embed its fonts in the EPUB as TrueType, cut to the text", async () => {
      const epub = await Epub.load(await readFile(join(out, `${slug}.epub`)));
      const fonts = (await epub.manifest()).filter((item) =>
        item["media-type"].startsWith("font/"),
      );
      assert.ok(
        fonts.some((font) => font.href.startsWith(`fonts/${files}`)),
        fonts.map((f) => f.href).join(", "),
      );
      for (const font of fonts) {
        assert.equal(font["media-type"], "font/ttf", font.href);
        const bytes = await epub.zip.file(`OEBPS/${font.href}`)!.async("uint8array");
        assert.deepEqual([...bytes.subarray(0, 4)], [0, 1, 0, 0], `${font.href} is TrueType`);
      }
    });
  });
}

test("should embed a small fraction of Noto Serif JP in the Japanese EPUB", async () => {
  const epub = await Epub.load(await readFile(join(out, "ja.epub")));
  const cut = epub.zip.file(/^OEBPS\/fonts\/noto-serif-jp-/);
  const size = (await Promise.all(cut.map((file) => file.async("uint8array")))).reduce(
    (sum, bytes) => sum + bytes.length,
    0,
  );
  const folder = join(
    dirname(fileURLToPath(import.meta.resolve("@fontsource-variable/noto-serif-jp/unicode.json"))),
    "files",
  );
  const whole = (
    await Promise.all(
      (await readdir(folder)).map(async (name) => (await stat(join(folder, name))).size),
    )
  ).reduce((a, b) => a + b, 0);
  // Measured: 93 KB of TrueType in 28 files (two weights), against 7.5 MB of WOFF2 for the font.
  assert.ok(cut.length > 0 && size < whole / 50, `${size} bytes of ${whole}`);
});

describe("the Arabic manuscript, right to left", () => {
  test("should run the EPUB's chapters and navigation right to left, and its English paragraph left to right", async () => {
    const epub = await Epub.load(await readFile(join(out, "ar.epub")));
    const text = (path: string) => epub.zip.file(path)!.async("string");
    assert.match(await text("OEBPS/article.xhtml"), /<html [^>]*lang="ar" dir="rtl">/);
    assert.match(await text("OEBPS/toc.xhtml"), /<html [^>]*dir="rtl">/);
    assert.match(
      await text("OEBPS/content.opf"),
      /<spine toc="ncx" page-progression-direction="rtl">/,
    );
    assert.match(await text("OEBPS/article.xhtml"), /<p dir="ltr">The company’s English statement/);
  });

  test("should set the PDF's Arabic from the right margin and its English paragraph from the left", async () => {
    const { width, words } = await pdfWords(join(out, "ar.pdf"), 1);
    const arabic = words.filter((word) => /\p{Script=Arabic}/u.test(word.text));
    const english = words.find((word) => word.text === "The")!;
    assert.ok(
      Math.max(...arabic.map((word) => word.xMax)) > width * 0.8,
      "the Arabic reaches the right margin",
    );
    assert.ok(english.xMin < width * 0.2, "the English paragraph starts at the left margin");
  });
});

test("should pass every check of `folio check`", async () => {
  const run = await runFolio(["check", out, "--manuscript", fixtures]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
});

test("should import the Japanese saved page (yahoo-4) and build it into editions that pass every check", async () => {
  // Its title, the first bookmark, breaks over two lines with no space between: the check must still find it.
  const { pages, build } = await importBuildCheck(["yahoo-4"], join(work, "yahoo-4"));
  assert.equal(build.code, 0, build.stderr);
  const { imported, failed } = pages.get("yahoo-4")!;
  assert.equal(imported.code, 0, imported.stderr);
  assert.deepEqual(failed, [], `failed checks:\n${failed?.join("\n")}`);
  const fonts = await pdfFonts(join(work, "yahoo-4", "out", "yahoo-4.pdf"));
  assert.ok(
    fonts.some((font) => font.name.includes("NotoSerifJP")),
    fonts.map((f) => f.name).join(", "),
  );
});
