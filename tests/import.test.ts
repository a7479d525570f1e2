// `folio import`: each case in tests/fixtures/import/<case>/ is an input as an
// editor receives it (input.txt copied from a web page, input.html a saved
// page), imported in a fresh folder; the files written must equal the case's
// manuscript/ folder, and what was printed stdout.txt and stderr.txt.
// `UPDATE=1` rewrites the expected files.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import { expectFile, updating } from "./helpers/expected.ts";
import { runFolio } from "./helpers/run.ts";

const fixtures = new URL("fixtures/import/", import.meta.url).pathname;
let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-import-test-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** A fresh folder holding `files`, to import in. */
async function folder(name: string, files: Record<string, string> = {}): Promise<string> {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, ".."), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  await mkdir(dir, { recursive: true });
  return dir;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

for (const kase of await readdir(fixtures)) {
  test(`should import ${kase.replaceAll("-", " ")} as the expected manuscript`, async () => {
    const source = join(fixtures, kase);
    const input = (await readdir(source)).find((name) => name.startsWith("input."))!;
    const dir = await folder(kase);
    await cp(join(source, input), join(dir, input));
    const run = await runFolio(["import", input], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    expectFile(join(source, "stdout.txt"), run.stdout);
    expectFile(join(source, "stderr.txt"), run.stderr);

    const expected = join(source, "manuscript");
    if (updating) await rm(expected, { recursive: true, force: true });
    const written = await filesUnder(join(dir, "manuscript"));
    // The lists first: a file the import wrote that nobody expected fails here, not by being copied in.
    if (!updating)
      assert.deepEqual(written, await filesUnder(expected), "the same files as expected");
    for (const path of written)
      expectFile(join(expected, path), await readFile(join(dir, "manuscript", path), "utf8"));
  });
}

const seed = () => readFile(join(fixtures, "copied-opinion-piece", "input.txt"), "utf8");

test("should refuse to replace a manuscript without --force, exit 2 and write nothing", async () => {
  const dir = await folder("exists", {
    "page.txt": await seed(),
    "manuscript/kazakhstan-ongoing-military-expansion.md": "mine\n",
  });
  const run = await runFolio(["import", "page.txt"], { cwd: dir });
  assert.equal(run.code, 2);
  assert.match(
    run.stderr,
    /^manuscript\/kazakhstan-ongoing-military-expansion\.md exists: nothing was written\. Use --force/m,
  );
  assert.equal(
    await readFile(join(dir, "manuscript/kazakhstan-ongoing-military-expansion.md"), "utf8"),
    "mine\n",
  );
  assert.deepEqual(
    await filesUnder(join(dir, "manuscript")),
    ["kazakhstan-ongoing-military-expansion.md"],
    "no author file either",
  );
});

test("should replace the manuscript with --force, and keep an author file that exists", async () => {
  const bio = "---\nname: Paul Goble\n---\n\nThe editor's own bio.\n";
  const dir = await folder("force", {
    "page.txt": await seed(),
    "out/kazakhstan-ongoing-military-expansion.md": "old\n",
    "out/authors/paul-goble.md": bio,
  });
  const run = await runFolio(["import", "page.txt", "--out", "out", "--force"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    await readFile(join(dir, "out/kazakhstan-ongoing-military-expansion.md"), "utf8"),
    /^author: paul-goble$/m,
  );
  assert.equal(await readFile(join(dir, "out/authors/paul-goble.md"), "utf8"), bio);
  assert.match(
    run.stdout,
    /^Kept \(that author has a file already\) out\/authors\/paul-goble\.md$/m,
  );
});

test("should name the manuscript after --slug", async () => {
  const dir = await folder("slug", { "page.txt": await seed() });
  const run = await runFolio(["import", "page.txt", "--slug", "kazakhstan-army"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await filesUnder(join(dir, "manuscript")), [
    "authors/paul-goble.md",
    "kazakhstan-army.md",
  ]);
  assert.equal(
    (await runFolio(["import", "page.txt", "--slug", "Not A Slug"], { cwd: dir })).code,
    2,
  );
});

test("should name an author with no bio by name, with no author file", async () => {
  const text =
    "Rivers Run Dry – Analysis\n\nBy Jane Doe\n\nThe Amu Darya no longer reaches the Aral Sea in most years.\n";
  const dir = await folder("no-bio", { "page.txt": text });
  const run = await runFolio(["import", "page.txt"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(await filesUnder(join(dir, "manuscript")), ["rivers-run-dry.md"]);
  const manuscript = await readFile(join(dir, "manuscript/rivers-run-dry.md"), "utf8");
  assert.match(manuscript, /^kind: Analysis\nauthor: Jane Doe$/m);
});

test("should take no date for an author in a copied byline", async () => {
  const text =
    "Rivers Run Dry\n\nBy Jane Doe, March 3, 2024 10:55\n\nThe Amu Darya no longer reaches the Aral Sea in most years.\n";
  const dir = await folder("dated-byline", { "page.txt": text });
  const run = await runFolio(["import", "page.txt"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    await readFile(join(dir, "manuscript/rivers-run-dry.md"), "utf8"),
    /^author: Jane Doe$/m,
  );
});

test("should find the language of copied text, or warn where the text is too short to tell", async () => {
  const spanish =
    "Una solución no violenta\n\nEl río ya no llega al mar la mayoría de los años, y los pueblos de sus últimos cien kilómetros se vacían. " +
    "Los pescadores se han ido a la ciudad, y quienes se quedan viven de lo que mandan sus hijos desde el extranjero.\n";
  const dir = await folder("language", {
    "spanish.txt": spanish,
    "short.txt": "Rivers Run Dry\n\nThe Amu Darya no longer reaches the Aral Sea.\n",
  });
  const found = await runFolio(["import", "spanish.txt"], { cwd: dir });
  assert.equal(found.code, 0, found.stderr);
  assert.match(
    await readFile(join(dir, "manuscript/una-solucion-no-violenta.md"), "utf8"),
    /^lang: es$/m,
  );
  assert.match(found.stdout, /^ {2}lang +es {2}\(guessed from the text\)$/m);
  const short = await runFolio(["import", "short.txt"], { cwd: dir });
  assert.equal(short.code, 0, short.stderr);
  assert.match(await readFile(join(dir, "manuscript/rivers-run-dry.md"), "utf8"), /^lang: en$/m);
  assert.match(
    short.stderr,
    /^short\.txt: warning: The text is too short to tell its language: `lang: en`/m,
  );
  assert.match(short.stderr, /is wrong \[import-lang-guessed\]$/m);
});

test("should warn, with its rule id and no place, when no author is found", async () => {
  const text = "Rivers Run Dry\n\nThe Amu Darya no longer reaches the Aral Sea in most years.\n";
  const dir = await folder("no-author", { "page.txt": text });
  const run = await runFolio(["import", "page.txt"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stderr, /^page\.txt: warning: No author found \(no byline, no name before/m);
  assert.match(run.stderr, /front matter \[import-author-missing\]$/m);
});

test("should make a bare address in copied text a note", async () => {
  const text =
    "Rivers Run Dry\n\nBy Jane Doe\n\nThe Amu Darya no longer reaches the Aral Sea: see https://www.unep.org/aral-report for the numbers.\n";
  const dir = await folder("bare-address", { "page.txt": text });
  const run = await runFolio(["import", "page.txt"], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const manuscript = await readFile(join(dir, "manuscript/rivers-run-dry.md"), "utf8");
  assert.match(
    manuscript,
    /^The Amu Darya no longer reaches the Aral Sea: see\[\^unep\] for the numbers\.$/m,
  );
  assert.match(manuscript, /^\[\^unep\]: <https:\/\/www\.unep\.org\/aral-report>$/m);
});

test("should exit 2 with a one-line message for usage errors", async () => {
  const dir = await folder("usage", {
    "empty.txt": "",
    "title-only.txt": "A Title\n",
    "no-article.html": "<html><body><p>Hi</p></body></html>",
  });
  const cases = [
    ["import"],
    ["import", "missing.txt"],
    ["import", "a.txt", "b.txt"],
    ["import", "--frobnicate"],
    ["import", "empty.txt"],
    ["import", "title-only.txt"],
    ["import", "no-article.html"],
  ];
  for (const argv of cases) {
    const run = await runFolio(argv, { cwd: dir });
    assert.equal(run.code, 2, argv.join(" "));
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  }
  assert.deepEqual(await filesUnder(join(dir, "manuscript")), [], "nothing written");
  assert.match((await runFolio(["import", "--help"])).stdout, /^Usage: folio import <file>/);
});
