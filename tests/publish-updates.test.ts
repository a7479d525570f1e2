// The download page and the catalog follow what the output folder holds
// (scripts/publish/): newest first, a publication rebuilt alone or with other
// `--edition`s next to the entries already there, a removed manuscript's
// files and entry gone, an `--out` elsewhere with a page of its own, and the
// same bytes from two builds with SOURCE_DATE_EPOCH. Small manuscripts in a
// project of the test's own, built as EPUBs (the quickest edition).
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { HtmlValidate } from "html-validate";
import { parseHTML } from "linkedom";
import { parseFeed } from "./helpers/opds.ts";
import { buildProject } from "./helpers/project.ts";
import { runFolio } from "./helpers/run.ts";

const essay = (title: string, date?: string, lang = "en") =>
  `---\ntitle: ${title}\nauthor: Jane Doe\nlang: ${lang}\n${date ? `date: ${date}\n` : ""}description: What ${title} is about.\n---\n\nThe text of ${title}.\n`;

/** The page's publications (their ids) and edition links, and the catalog's entries, as they stand in `out`. */
async function listed(out: string) {
  const { document } = parseHTML(await readFile(join(out, "index.html"), "utf8"));
  const feed = parseFeed(await readFile(join(out, "catalog.xml"), "utf8"));
  return {
    page: [...document.querySelectorAll("article")].map((a) => a.id),
    links: Object.fromEntries(
      [...document.querySelectorAll("article")].map((a) => [
        a.id,
        [...a.querySelectorAll(".editions a")].map((l) => l.getAttribute("href")),
      ]),
    ),
    titles: [...document.querySelectorAll("h2")].map((h) => h.textContent),
    catalog: feed.entries.map((e) => e.title),
    feed,
    document,
  };
}

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-publish-updates-"));
});
after(() => rm(work, { recursive: true, force: true }));

describe("a project rebuilt piece by piece", () => {
  let dir: string;
  const out = () => join(dir, "output");
  before(async () => {
    const run = await buildProject(work, "pieces", {
      "older.md": essay("Older", "2021-03-04"),
      "newer.md": essay("Newer", "2024-01-15T09:30:00Z"),
      "undated.md": essay("Undated"),
      "arabic.md": essay("مقالة", undefined, "ar"),
    });
    assert.equal(run.code, 0, run.stderr);
    dir = run.dir;
  });

  test("should list the publications newest first, the undated ones after by title, each title in its language and direction", async () => {
    const { page, catalog, document } = await listed(out());
    assert.deepEqual(page, ["newer", "older", "undated", "arabic"]);
    assert.deepEqual(catalog, ["Newer", "Older", "Undated", "مقالة"]);
    const arabic = document.querySelector("#arabic h2")!;
    assert.deepEqual([arabic.getAttribute("lang"), arabic.getAttribute("dir")], ["ar", "rtl"]);
    assert.equal(
      document.querySelector("#newer time")?.getAttribute("datetime"),
      "2024-01-15",
      "a date-time gives its date",
    );
    const report = await new HtmlValidate({
      extends: ["html-validate:recommended"],
    }).validateString(await readFile(join(out(), "index.html"), "utf8"));
    assert.equal(report.valid, true, JSON.stringify(report.results));
  });

  test("should keep the other entries as they were when one publication is rebuilt alone", async () => {
    const before = await readFile(join(out(), ".newer.publication.json"), "utf8");
    await writeFile(join(dir, "manuscript", "older.md"), essay("Older, revised", "2021-03-04"));
    const run = await runFolio(["build", "manuscript/older.md", "--edition", "epub"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const { page, titles } = await listed(out());
    assert.deepEqual(page, ["newer", "older", "undated", "arabic"]);
    assert.equal(titles[1], "Older, revised");
    assert.equal(
      await readFile(join(out(), ".newer.publication.json"), "utf8"),
      before,
      "the entry of a publication not built is left alone",
    );
  });

  test("should keep the EPUB's entry when only the PDF is built, and list both", async () => {
    const run = await runFolio(["build", "manuscript/newer.md", "--edition", "pdf"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    const { links, feed } = await listed(out());
    assert.deepEqual(links.newer, ["newer.pdf", "newer.epub"]);
    assert.deepEqual(links.older, ["older.epub"]);
    const newer = feed.entries.find((e) => e.title === "Newer")!;
    assert.deepEqual(
      newer.links.filter((l) => l.rel === "http://opds-spec.org/acquisition").map((l) => l.type),
      ["application/pdf", "application/epub+zip"],
    );
    assert.ok(
      newer.links.some(
        (l) => l.rel === "http://opds-spec.org/image/thumbnail" && l.href === "newer.thumbnail.jpg",
      ),
      "the cover of the EPUB built before",
    );
  });

  test("should give an --out folder elsewhere a page and a catalog of its own", async () => {
    const run = await runFolio(
      ["build", "manuscript/undated.md", "--out", "elsewhere", "--edition", "epub"],
      { cwd: dir },
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual((await listed(join(dir, "elsewhere"))).page, ["undated"]);
    assert.deepEqual((await listed(out())).page, ["newer", "older", "undated", "arabic"]);
  });

  test("should take a removed manuscript's files and entry away at the next build of its folder", async () => {
    await rm(join(dir, "manuscript", "undated.md"));
    const single = await runFolio(["build", "manuscript/older.md", "--edition", "epub"], {
      cwd: dir,
    });
    assert.equal(single.code, 0, single.stderr);
    assert.ok(
      (await listed(out())).page.includes("undated"),
      "a build of another manuscript alone did not look for it",
    );
    const run = await runFolio(["build", "--edition", "epub", "--verbose"], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /^− undated: removed, as its manuscript manuscript\/undated\.md is gone$/m,
    );
    assert.match(run.stdout, /^✔ output\/index\.html {2}\(3 publications\)$/m);
    assert.match(run.stdout, /^✔ output\/catalog\.xml {2}\(3 publications\)$/m);
    assert.deepEqual((await listed(out())).page, ["newer", "older", "arabic"]);
    assert.deepEqual(
      (await readdir(out())).filter((name) => name.includes("undated")),
      [],
    );
  });
});

test("should make the same page, catalog and thumbnails in two builds with SOURCE_DATE_EPOCH", async () => {
  const files = { "essay.md": essay("An essay", "2020-02-02"), "other.md": essay("Another") };
  const env = { ...process.env, SOURCE_DATE_EPOCH: "1700000000" };
  const first = await buildProject(work, "first", files, ["--edition", "epub"]);
  assert.equal(first.code, 0, first.stderr);
  // The same project elsewhere, built again.
  await cp(join(work, "first", "manuscript"), join(work, "second", "manuscript"), {
    recursive: true,
  });
  await rm(join(work, "first", "output"), { recursive: true });
  const runs = await Promise.all(
    ["first", "second"].map((name) =>
      runFolio(["build", "--edition", "epub"], { cwd: join(work, name), env }),
    ),
  );
  for (const run of runs) assert.equal(run.code, 0, run.stderr);
  const names = (await readdir(join(work, "first", "output"))).filter(
    (name) => !name.endsWith(".epub") && !name.endsWith(".fingerprint"),
  );
  assert.deepEqual(names.sort(), [
    ".essay.publication.json",
    ".other.publication.json",
    "catalog.json",
    "catalog.xml",
    "essay.cover.png",
    "essay.thumbnail.jpg",
    "index.html",
    "other.cover.png",
    "other.thumbnail.jpg",
  ]);
  for (const name of names) {
    assert.ok(
      (await readFile(join(work, "first", "output", name))).equals(
        await readFile(join(work, "second", "output", name)),
      ),
      `${name} is the same`,
    );
  }
  const feed = parseFeed(await readFile(join(work, "first", "output", "catalog.xml"), "utf8"));
  assert.equal(feed.updated, "2023-11-14T22:13:20Z");
  assert.deepEqual(
    feed.entries.map((e) => e.updated),
    ["2023-11-14T22:13:20Z", "2023-11-14T22:13:20Z"],
  );
});
