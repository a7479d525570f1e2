// With SOURCE_DATE_EPOCH set, two builds of the same book give byte-identical
// EPUBs: the ZIP entries' dates, the identifier, the names of its images and the
// ids of its chapters come from the input, not from the clock or a random number.
// The builds run more than 2 s apart, as the ZIP format counts time in steps of
// 2 s: from the clock, a date would differ between them.
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { Epub, startTags } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";

const epoch = 1_700_000_000;
let work: string;
let first: Buffer;
let second: Buffer;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-reproducible-"));
  const book = join(work, "rivers");
  await mkdir(join(book, "images"), { recursive: true });
  await copyFile(
    new URL("fixtures/epub-package/chart.png", import.meta.url),
    join(book, "images", "chart.png"),
  );
  await copyFile(
    new URL("fixtures/epub-package/cover.jpg", import.meta.url),
    join(book, "images", "photo.jpg"),
  );
  await writeFile(
    join(book, "book.yaml"),
    "title: Rivers and Roads\nauthor: Jane Doe\ndescription: Two chapters with pictures.\n",
  );
  await writeFile(
    join(book, "01-rivers.md"),
    "# Rivers\n\n![A chart of the rivers](images/chart.png)\n\nThey flow.[^1]\n\n[^1]: <https://example.org/rivers>\n",
  );
  await writeFile(
    join(book, "02-roads.md"),
    "# Roads\n\n![A photo of a road](images/photo.jpg)\n\n![The chart again](images/chart.png)\n",
  );
  const build = async (out: string) => {
    const run = await runFolio(["build", book, "--out", join(work, out), "--edition", "epub"], {
      env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch) },
    });
    assert.equal(run.code, 0, run.stderr);
    return readFile(join(work, out, "rivers.epub"));
  };
  first = await build("first");
  await sleep(2500);
  second = await build("second");
});
after(() => rm(work, { recursive: true, force: true }));

test("should give byte-identical EPUBs from two builds 2.5 s apart", () => {
  assert.ok(first.equals(second));
});

test("should date every entry with SOURCE_DATE_EPOCH", async () => {
  const epub = await Epub.load(first);
  for (const file of Object.values(epub.zip.files))
    assert.equal(file.date.getTime(), epoch * 1000, file.name);
  assert.deepEqual(await epub.metadata("dcterms:modified"), ["2023-11-14T22:13:20Z"]);
});

test("should name the images in order of appearance, and each chapter by its file", async () => {
  const epub = await Epub.load(first);
  const manifest = await epub.manifest();
  assert.deepEqual(
    manifest.filter((item) => item.href.startsWith("images/")).map((item) => [item.id, item.href]),
    [
      ["image-1", "images/image-1.png"],
      ["image-2", "images/image-2.jpeg"],
    ],
  );
  assert.deepEqual(
    startTags(await epub.text("OEBPS/roads.xhtml"), "img").map((img) => img.src),
    ["images/image-2.jpeg", "images/image-1.png"],
  );
  assert.deepEqual(await epub.spine(), [
    "cover.xhtml",
    "title-page.xhtml",
    "toc.xhtml",
    "rivers.xhtml",
    "roads.xhtml",
  ]);
});
