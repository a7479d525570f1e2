// The command line: exit codes, messages a writer can act on, and nothing
// written when a manuscript has errors.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import JSZip from "jszip";
import { runFolio } from "./helpers/run.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-cli-test-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** A manuscript folder with the given files, and an empty output folder. */
async function project(name: string, files: Record<string, string>) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, "manuscript", path, ".."), { recursive: true });
    await writeFile(join(dir, "manuscript", path), text);
  }
  return { dir, manuscript: join(dir, "manuscript"), out: join(dir, "out") };
}

test("should report a manuscript error as path:line:column, exit 1 and write nothing", async () => {
  const p = await project("undefined-author", {
    "essay.md": "---\ntitle: An essay\nauthor: jane-doe\n---\n\nText.\n",
  });
  const run = await runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub"], {
    cwd: p.dir,
  });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^manuscript\/essay\.md:3:1: error: No author file for `jane-doe`/m);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  assert.deepEqual(await readdir(p.out).catch(() => []), []);
});

test("should point at the line of invalid YAML in the front matter", async () => {
  const p = await project("bad-yaml", {
    "essay.md": "---\ntitle: An essay\nauthor: [unclosed\n---\n\nText.\n",
  });
  const run = await runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub"], {
    cwd: p.dir,
  });
  assert.equal(run.code, 1);
  assert.match(
    run.stderr,
    /^manuscript\/essay\.md:[34]:\d+: error: The front matter is not valid YAML/m,
  );
});

test("should warn about an unknown front matter key and name the nearest known one", async () => {
  const p = await project("unknown-key", {
    "essay.md": "---\ntitle: An essay\nauthor: Jane Doe\nlnag: en\n---\n\nText.\n",
  });
  const run = await runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub"], {
    cwd: p.dir,
  });
  assert.equal(run.code, 0);
  assert.match(
    run.stderr,
    /^manuscript\/essay\.md:4:1: warning: Unknown front matter key `lnag` \(did you mean `lang`\?\)/m,
  );
});

test("should build an author given as a plain name, with no bio page", async () => {
  const p = await project("plain-name", {
    "essay.md": "---\ntitle: An essay\nauthor: John MacFarlane\n---\n\nText.\n",
  });
  const run = await runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub"], {
    cwd: p.dir,
  });
  assert.equal(run.code, 0, run.stderr);
  const zip = await JSZip.loadAsync(await readFile(join(p.out, "essay.epub")));
  assert.match(
    await zip.file("OEBPS/content.opf")!.async("string"),
    /<dc:creator[^>]*>John MacFarlane</,
  );
  assert.equal(zip.file("OEBPS/about-the-author.xhtml"), null);
});

test("should reuse one author file for two articles", async () => {
  const author = "---\nname: Jane Doe\n---\n\nJane Doe writes about rivers.\n";
  const p = await project("shared-author", {
    "authors/jane-doe.md": author,
    "one.md": "---\ntitle: One\nauthor: jane-doe\n---\n\nFirst.\n",
    "two.md": "---\ntitle: Two\nauthor: jane-doe\n---\n\nSecond.\n",
  });
  const run = await runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub"], {
    cwd: p.dir,
  });
  assert.equal(run.code, 0, run.stderr);
  for (const slug of ["one", "two"]) {
    const zip = await JSZip.loadAsync(await readFile(join(p.out, `${slug}.epub`)));
    assert.match(
      await zip.file("OEBPS/about-the-author.xhtml")!.async("string"),
      /Jane Doe writes about rivers/,
    );
  }
});

test("should exit 2 with a one-line message for usage errors", async () => {
  for (const argv of [
    ["build", "no-such-folder"],
    ["build", "--edition", "mobi"],
    ["build", "--frobnicate"],
    ["publish"],
  ]) {
    const run = await runFolio(argv);
    assert.equal(run.code, 2, argv.join(" "));
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  }
});

test("should exit 2 and say how to get a browser when the one named does not exist", async () => {
  const run = await runFolio([
    "build",
    "--out",
    join(work, "no-browser"),
    "--browser",
    "/nonexistent/chrome",
  ]);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /\/nonexistent\/chrome/);
  assert.deepEqual(await readdir(join(work, "no-browser")).catch(() => []), []);
});

test("should skip a publication unchanged since its last build, and build it again with --force", async () => {
  const p = await project("unchanged", {
    "essay.md": "---\ntitle: An essay\nauthor: Jane Doe\n---\n\nText.\n",
  });
  const build = (...flags: string[]) =>
    runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub", "--verbose", ...flags], {
      cwd: p.dir,
    });
  assert.match((await build()).stdout, /✔ out\/essay\.epub/);
  assert.match((await build()).stdout, /essay: unchanged since its last build, skipped/);
  assert.match((await build("--force")).stdout, /✔ out\/essay\.epub/);
  await writeFile(
    join(p.manuscript, "essay.md"),
    "---\ntitle: An essay\nauthor: Jane Doe\n---\n\nText, changed.\n",
  );
  assert.match((await build()).stdout, /✔ out\/essay\.epub/);
});

test("should skip an unchanged publication without reading it, saying its warnings again", async () => {
  const essay = "---\ntitle: An essay\nauthor: jane-doe\n---\n\nSee [the notes](notes.html).\n";
  const p = await project("skip-unread", {
    "essay.md": essay,
    "authors/jane-doe.md": "---\nname: Jane Doe\n---\n\nJane writes.\n",
  });
  const build = () =>
    runFolio(["build", p.manuscript, "--out", p.out, "--edition", "epub", "--verbose"], {
      cwd: p.dir,
    });
  const first = await build();
  assert.match(first.stdout, /^time: .*\bload \d/m, "the first build reads the manuscript");
  assert.match(first.stderr, /essay\.md:6:5: warning: .* \[link-target\]/);

  const second = await build();
  assert.match(second.stdout, /essay: unchanged since its last build, skipped/);
  assert.doesNotMatch(second.stdout, /\bload \d/, "skipped before the manuscript is read");
  assert.equal(second.stderr, first.stderr, "its warnings said again");

  // An input the tree alone would not name: a new file in the authors' folder, which may be an author.
  await writeFile(
    join(p.manuscript, "authors", "john-roe.md"),
    "---\nname: John Roe\n---\n\nJohn writes.\n",
  );
  assert.match((await build()).stdout, /✔ out\/essay\.epub/);
  await writeFile(
    join(p.manuscript, "authors", "jane-doe.md"),
    "---\nname: Jane Doe\n---\n\nJane writes more.\n",
  );
  const rebuilt = await build();
  assert.match(rebuilt.stdout, /✔ out\/essay\.epub/);
  assert.match(rebuilt.stdout, /^time: .*\bload \d/m);
});
