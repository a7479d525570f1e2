// End to end: the bundled manuscript built into a temporary folder, and the
// three editions read back with the tools a reader's software stands in for.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  colouredPixels,
  pdfCatalog,
  pdfFonts,
  pdfInfo,
  pdfOutline,
  pdfjsText,
  pdfText,
  pdfWebLinks,
  pdfWords,
  qrCodes,
  searchable,
} from "./helpers/tools.ts";
import { runFolio } from "./helpers/run.ts";
import { describeEpubEdition } from "./build-epub.ts";
import { describeKindleConversion } from "./build-kindle.ts";

const slug = "kazakhstan-military-expansion";
const title = "Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia";
const sources = [
  {
    call: "hybrid war effort against Kazakhstan",
    url: "https://ia-centr.ru/experts/maksim-kramarenko/kazakhstan-gotovitsya-k-voyne-s-kem-i-dlya-chego/",
  },
  {
    call: "link between domestic and foreign",
    url: "https://tengrinews.kz/kazakhstan_news/tokaev-vnes-izmeneniya-v-voennuyu-doktrinu-kazahstana-480536/",
  },
];
// What the web page left around the article: none of it may reach an edition.
const leftovers = [
  /Leave a Reply/i,
  /Your email address/i,
  /Required fields/i,
  /email protected/i,
  /OpEd\s*$/m,
  /^\s*By\s*$/m,
];

/** Text without spaces, line breaks and hyphens: hyphenation and justification change those. */
const flat = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

let out: string;
before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-build-test-"));
  const run = await runFolio(["build", "--out", out]);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "", "the bundled manuscript builds without warnings");
});
after(() => rm(out, { recursive: true, force: true }));

for (const edition of ["pdf", "handout"] as const) {
  describe(`the ${edition} edition`, () => {
    const file = () => join(out, edition === "pdf" ? `${slug}.pdf` : `${slug}-handout.pdf`);
    const pages = async () => {
      const count = (await pdfInfo(file())).pages;
      return Promise.all(Array.from({ length: count }, (_, i) => pdfText(file(), i + 1)));
    };

    test("should open with the title block and the first paragraph on page 1", async () => {
      const first = flat((await pages())[0]);
      assert.ok(first.includes(flat(title)));
      assert.ok(first.includes("PaulGoble"));
      assert.ok(first.includes(flat("Kazakhstan has been reforming, modernizing and expanding")));
    });

    test("should print each source as a numbered note on the page of its call", async () => {
      const all = await pages();
      for (const [i, { call, url }] of sources.entries()) {
        const page = all.findIndex((text) => flat(text).includes(flat(call)));
        assert.ok(page >= 0, `the call "${call}" is on a page`);
        assert.ok(
          flat(all[page]).includes(flat(`${i + 1}. ${url}`)),
          `note ${i + 1} with ${url} on page ${page + 1}`,
        );
      }
    });

    test("should put the bio alone on the last page", async () => {
      const all = await pages();
      const last = all[all.length - 1];
      assert.match(last, /About the author/);
      assert.match(last, /Paul Goble is a longtime specialist/);
      assert.match(last, /Window on Eurasia blog\./);
      assert.doesNotMatch(last, /Kramarenko|reforming/);
      assert.equal(all.filter((text) => text.includes("About the author")).length, 1);
    });

    test("should give search and copy the text as written, line by line and as pdf.js (Firefox) gives its runs", async () => {
      const written = (
        await Promise.all(
          [`manuscript/${slug}.md`, "manuscript/authors/paul-goble.md"].map((path) =>
            readFile(path, "utf8"),
          ),
        )
      ).join("\n");
      const readers = {
        lines: await pdfText(file()),
        "pdf.js": (await pdfjsText(file())).join("\n"),
      };
      for (const [reader, text] of Object.entries(readers)) {
        assert.ok(!text.includes("\u00ad"), `${reader}: no soft hyphen`);
        assert.ok(
          searchable(text).includes("hybrid war effort against Kazakhstan"),
          `${reader}: a sentence as written`,
        );
        // A hyphen the writer did not type ends a line, in a word broken there.
        const hyphenated = text
          .split("\n")
          .flatMap((line) => line.replace(/-\s*$/, "").match(/\S*-\S*/g) ?? []);
        assert.ok(hyphenated.length > 0);
        for (const word of hyphenated)
          assert.ok(written.includes(word.replace(/[.,]$/, "")), `${reader}: “${word}” as written`);
      }
    });

    test("should carry none of the web page's leftovers", async () => {
      const text = await pdfText(file());
      for (const leftover of leftovers) assert.doesNotMatch(text, leftover);
      assert.doesNotMatch(text, /can be contacted/);
    });

    test("should give the manuscript's Title and Author, tagged", async () => {
      const info = await pdfInfo(file());
      assert.equal(info.title, title);
      assert.equal(info.author, "Paul Goble");
      assert.equal(info.tagged, true);
    });

    test("should embed every font, all of them Literata", async () => {
      const fonts = await pdfFonts(file());
      assert.ok(fonts.length > 0);
      for (const font of fonts) {
        assert.ok(font.embedded, `${font.name} is embedded`);
        assert.match(font.name, /^[A-Z]{6}\+Literata-/);
      }
    });
  });
}

describe("the download PDF", () => {
  const file = () => join(out, `${slug}.pdf`);

  test("should have bookmarks for the title and the bio, each opening its own page", async () => {
    const outline = await pdfOutline(file());
    assert.deepEqual(outline, [
      { title, page: 1, kids: [{ title: "About the author", page: 2, kids: [] }] },
    ]);
  });

  test("should carry Subject, Keywords, Creator and language, and show its title in the viewer", async () => {
    const info = await pdfInfo(file());
    assert.match(info.subject ?? "", /^Kazakhstan has been reforming/);
    assert.equal(info.keywords, "Kazakhstan Russia military doctrine Maksim Kramarenko");
    assert.equal(info.creator, "Folio");
    assert.deepEqual(await pdfCatalog(file()), { lang: "en", displayDocTitle: true, marked: true });
  });

  test("should make each source address a web link on the page of its note", async () => {
    const links = await pdfWebLinks(file());
    for (const { url } of sources) assert.ok(links[0].includes(url), `${url} is a link on page 1`);
  });

  test("should be A4 and stay under 300 KB", async () => {
    const { width, height } = await pdfInfo(file());
    // Chromium rounds A4 (595.28 × 841.89 pt) to 594.96 × 841.92.
    assert.deepEqual([Math.round(width), Math.round(height)], [595, 842]);
    assert.ok((await stat(file())).size < 300 * 1024);
  });

  test("should put the title in the running head of every page but the first", async () => {
    const [first, second] = [await pdfText(file(), 1), await pdfText(file(), 2)];
    assert.equal(
      first.split(title).length - 1,
      0,
      "page 1 opens with the title block, broken over two lines",
    );
    assert.ok(
      flat(second.split("\n").slice(0, 3).join("")).includes(flat(title)),
      "page 2's running head",
    );
    assert.match(second, /^\s*2\s*$/m, "a page number");
  });

  test("should print on US Letter when asked", async () => {
    const letter = join(out, "letter");
    const run = await runFolio(["build", "--out", letter, "--edition", "pdf", "--paper", "letter"]);
    assert.equal(run.code, 0, run.stderr);
    const { width, height } = await pdfInfo(join(letter, `${slug}.pdf`));
    assert.deepEqual([width, height], [612, 792]);
  });
});

describe("the handout", () => {
  const file = () => join(out, `${slug}-handout.pdf`);

  test("should be one sheet: the article on the front, the bio on the back", async () => {
    assert.equal((await pdfInfo(file())).pages, 2);
  });

  test("should be black on white only", async () => {
    for (const page of [1, 2]) assert.equal(await colouredPixels(file(), page), 0, `page ${page}`);
    assert.ok(
      (await colouredPixels(join(out, `${slug}.pdf`), 1)) > 0,
      "the download PDF's blue links are seen as colour",
    );
  });

  test("should keep every word at least 15 mm from the paper's edge", async () => {
    const margin = (15 / 25.4) * 72;
    for (const page of [1, 2]) {
      const { width, height, words } = await pdfWords(file(), page);
      for (const w of words) {
        assert.ok(
          w.xMin >= margin &&
            w.yMin >= margin &&
            w.xMax <= width - margin &&
            w.yMax <= height - margin,
          `"${w.text}" on page ${page}`,
        );
      }
    }
  });

  test('should say the title and "page N of 2" at the foot of each page', async () => {
    for (const page of [1, 2]) {
      const lines = (await pdfText(file(), page)).trim().split("\n");
      assert.match(
        lines[lines.length - 1],
        new RegExp(`Kazakhstan’s Ongoing Military Expansion.*page ${page} of 2`),
      );
    }
  });

  test("should carry a QR code of each source that a phone can read", async () => {
    assert.deepEqual(await qrCodes(file(), 1), sources.map((s) => s.url).sort());
  });
});

const built = { out: () => out, slug, title, sources };
describeEpubEdition(built);
describeKindleConversion(built);
