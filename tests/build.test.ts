// End to end: the bundled manuscript built into a temporary folder, and the
// three editions read back with the tools a reader's software stands in for.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import JSZip from "jszip";
import { epubcheck, pdfFonts, pdfInfo, pdfText } from "./helpers/tools.ts";
import { runFolio } from "./helpers/run.ts";

const slug = "kazakhstan-military-expansion";
const title = "Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia";
const sources = [
  { call: "hybrid war effort against Kazakhstan", url: "https://ia-centr.ru/experts/maksim-kramarenko/kazakhstan-gotovitsya-k-voyne-s-kem-i-dlya-chego/" },
  { call: "link between domestic and foreign", url: "https://tengrinews.kz/kazakhstan_news/tokaev-vnes-izmeneniya-v-voennuyu-doktrinu-kazahstana-480536/" },
];
// What the web page left around the article: none of it may reach an edition.
const leftovers = [/Leave a Reply/i, /Your email address/i, /Required fields/i, /email protected/i, /OpEd\s*$/m, /^\s*By\s*$/m];

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
      const count = Number((await pdfInfo(file())).Pages);
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
        assert.ok(flat(all[page]).includes(flat(`${i + 1}. ${url}`)), `note ${i + 1} with ${url} on page ${page + 1}`);
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

    test("should carry none of the web page's leftovers", async () => {
      const text = await pdfText(file());
      for (const leftover of leftovers) assert.doesNotMatch(text, leftover);
      assert.doesNotMatch(text, /can be contacted/);
    });

    test("should give the manuscript's Title and Author, tagged", async () => {
      const info = await pdfInfo(file());
      assert.equal(info.Title, title);
      assert.equal(info.Author, "Paul Goble");
      assert.equal(info.Tagged, "yes");
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

describe("the EPUB edition", () => {
  let zip: JSZip;
  const text = (path: string) => zip.file(path)!.async("string");
  before(async () => {
    zip = await JSZip.loadAsync(await readFile(join(out, `${slug}.epub`)));
  });

  test("should pass EPUBCheck with 0 errors and 0 warnings", async () => {
    const report = await epubcheck(join(out, `${slug}.epub`), out);
    assert.deepEqual([report.fatal, report.error, report.warning], [0, 0, 0], JSON.stringify(report.messages, null, 2));
  });

  test("should list the article and the bio in the navigation", async () => {
    const nav = await text("OEBPS/toc.xhtml");
    assert.match(nav, /href="article.xhtml"[^>]*>Kazakhstan/);
    assert.match(nav, /href="about-the-author.xhtml"[^>]*>About the author/);
  });

  test("should make each note an EPUB 3 popup note its call links to", async () => {
    const article = await text("OEBPS/article.xhtml");
    const calls = [...article.matchAll(/<a epub:type="noteref"[^>]*href="#([^"]+)"/g)].map((m) => m[1]);
    assert.equal(calls.length, sources.length);
    for (const [i, id] of calls.entries()) {
      const aside = new RegExp(`<aside[^>]*id="${id}"[^>]*epub:type="footnote"[^>]*>(.*?)</aside>`, "s").exec(article);
      assert.ok(aside, `an aside with id ${id}`);
      assert.ok(aside[1].includes(`href="${sources[i].url}"`), `note ${i + 1} links to its source`);
    }
  });

  test("should put the bio in back matter, without the lost e-mail address", async () => {
    const bio = await text("OEBPS/about-the-author.xhtml");
    assert.match(bio, /epub:type="backmatter"/);
    assert.match(bio, /Paul Goble is a longtime specialist/);
    assert.doesNotMatch(bio, /email protected|contacted/);
  });

  test("should embed the fonts", () => {
    assert.ok(zip.file(/^OEBPS\/fonts\/literata-.*\.woff2$/).length >= 4);
  });
});
