// What an import is for: a manuscript that builds. The copied seed article
// must give the bundled manuscript's body and author file exactly, and so the
// same three editions; the two saved news pages must build into clean
// editions with their links as notes and none of the page around them; and
// three real saved pages must build into editions that pass `npm run check`
// (all 27 are tests/corpus/readability.test.ts).
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";
import { importBuildCheck } from "./helpers/corpus.ts";
import { epubcheck, pdfText } from "./helpers/tools.ts";

const fixtures = new URL("fixtures/import/", import.meta.url).pathname;
const bundled = new URL("../manuscript/", import.meta.url).pathname;
const slug = "kazakhstan-ongoing-military-expansion";
// What the web pages left around the articles: none of it may reach an edition.
const leftovers = [
  /Leave a Reply/i,
  /email address will not/i,
  /email protected/i,
  /Advertisement/i,
  /Share this/i,
  /Like this/i,
  /cookies/i,
  /Related/,
  /Most read/i,
  /comments?\b/i,
  /Post Comment/i,
  /Fly to Samarkand/i,
  /Weather in Aktau/i,
];

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-import-build-test-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** Imports a fixture's input into a fresh manuscript folder; resolves to that folder. */
async function imported(kase: string, input: string, name = kase): Promise<string> {
  const dir = join(work, name);
  await mkdir(dir, { recursive: true });
  await cp(join(fixtures, kase, input), join(dir, input));
  const run = await runFolio(["import", input, "--out", "manuscript"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  return join(dir, "manuscript");
}

const body = (markdown: string) => markdown.replace(/^---\n[\s\S]*?\n---\n/, "");
/** The text of an EPUB's XHTML file, tags dropped. */
const xhtmlText = async (epub: string, path: string) =>
  (await (await Epub.load(await readFile(epub))).text(path))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("the copied seed article", () => {
  let manuscript: string;
  before(async () => {
    manuscript = await imported("copied-opinion-piece", "input.txt");
  });

  test("should give the bundled manuscript's body and author file exactly", async () => {
    const mine = await readFile(join(manuscript, `${slug}.md`), "utf8");
    assert.equal(
      body(mine),
      body(await readFile(join(bundled, "kazakhstan-military-expansion.md"), "utf8")),
    );
    const author = "authors/paul-goble.md";
    assert.equal(
      await readFile(join(manuscript, author), "utf8"),
      await readFile(join(bundled, author), "utf8"),
    );
  });

  test("should build into the same three editions as the bundled manuscript", async () => {
    const [ours, theirs] = [join(work, "seed-out"), join(work, "bundled-out")];
    const built = await Promise.all([
      runFolio(["build", join(manuscript, `${slug}.md`), "--out", ours]),
      runFolio(["build", join(bundled, "kazakhstan-military-expansion.md"), "--out", theirs]),
    ]);
    for (const run of built) assert.equal(run.code, 0, run.stderr);
    assert.equal(built[0].stderr, "", "the import builds without warnings");
    for (const suffix of [".pdf", "-handout.pdf"]) {
      assert.equal(
        await pdfText(join(ours, `${slug}${suffix}`)),
        await pdfText(join(theirs, `kazakhstan-military-expansion${suffix}`)),
        suffix,
      );
    }
    for (const path of ["OEBPS/article.xhtml", "OEBPS/about-the-author.xhtml"]) {
      assert.equal(
        await xhtmlText(join(ours, `${slug}.epub`), path),
        await xhtmlText(join(theirs, "kazakhstan-military-expansion.epub"), path),
        path,
      );
    }
  });
});

const pages = [
  {
    kase: "news-page-with-metadata",
    slug: "kazakhstan-uzbekistan-quietly-carve",
    notes: [
      "https://www.gov.kz/memleket/entities/water/press/news/details/761203",
      "https://www.adb.org/publications/syr-darya-basin-water-balance-2023",
      "https://stat.gov.kz/en/industries/business-statistics/stat-forrest-village-hunt-fish/publications/113512/",
      "https://senate.parlam.kz/en-US/news/details/11827",
    ],
  },
  {
    kase: "news-page-with-little-metadata",
    slug: "middle-corridor-runs-aground",
    notes: [
      "https://kti.kz/en/news/aktau-port-results-2023",
      "https://www.unep.org/resources/report/caspian-sea-level-decline",
      "https://asco.az/en/news/2024-01-ferries",
    ],
  },
];

for (const page of pages) {
  test(`should build the ${page.kase.replaceAll("-", " ")} into a clean EPUB, its links as notes in order`, async () => {
    const manuscript = await imported(page.kase, "input.html");
    const out = join(work, `${page.kase}-out`);
    const run = await runFolio([
      "build",
      join(manuscript, `${page.slug}.md`),
      "--out",
      out,
      "--edition",
      "epub",
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, "", "no warnings");
    const epub = join(out, `${page.slug}.epub`);
    const report = await epubcheck(epub, out);
    assert.deepEqual(
      [report.fatal, report.error, report.warning],
      [0, 0, 0],
      JSON.stringify(report.messages, null, 2),
    );
    const article = await (await Epub.load(await readFile(epub))).text("OEBPS/article.xhtml");
    const hrefs = [
      ...article.matchAll(/<aside[^>]*epub:type="footnote"[^>]*>.*?<a [^>]*href="(https:[^"]+)"/gs),
    ].map((m) => m[1]);
    assert.deepEqual(hrefs, page.notes);
    const text = `${await xhtmlText(epub, "OEBPS/article.xhtml")} ${await xhtmlText(epub, "OEBPS/about-the-author.xhtml")}`;
    for (const leftover of leftovers) assert.doesNotMatch(text, leftover);
  });
}

test("should build the saved page with metadata into all three editions", async () => {
  const manuscript = await imported(pages[0].kase, "input.html", "full-build");
  const out = join(work, "full-out");
  const run = await runFolio(["build", join(manuscript, `${pages[0].slug}.md`), "--out", out]);
  assert.equal(run.code, 0, run.stderr);
  for (const suffix of [".pdf", "-handout.pdf"]) {
    const text = await pdfText(join(out, `${pages[0].slug}${suffix}`));
    // Without spaces, soft hyphens and hyphens: hyphenation and justification change those.
    const flat = text.replace(/[\s\u00ad-]+/g, "");
    assert.match(text, /About the author\s+Aigerim Seitkali is the Dispatch’s correspondent/);
    for (const url of pages[0].notes)
      assert.ok(flat.includes(url.replace(/-/g, "")), `${suffix}: the note ${url}`);
    for (const leftover of leftovers) assert.doesNotMatch(text, leftover);
  }
});

test("should build three real saved pages into editions that pass every check", async () => {
  // Breitbart: a byline with the date and a comment count glued on, the bio the article's last paragraph.
  // Folha: Portuguese, its author in CDATA-wrapped JSON-LD, a story linked twice. The ACLU: <h3>s under the
  // title, sources linked twice in a paragraph.
  const pages = ["breitbart", "folha", "aclu"];
  const { pages: results, build } = await importBuildCheck(pages, join(work, "saved-pages"));
  assert.equal(build.code, 0, build.stderr);
  for (const page of pages) {
    const { imported, failed } = results.get(page)!;
    assert.equal(imported.code, 0, imported.stderr);
    assert.deepEqual(failed, [], `${page}: failed checks:\n${failed?.join("\n")}`);
  }
});
