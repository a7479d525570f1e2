// Front matter as writers have it, built into real editions and read back:
// YAML, TOML with Hugo's and Zola's keys, a MultiMarkdown header, none at all
// (the title is then the first `#` heading, or the file's name), in articles,
// author files and page bundles; and the real posts and chapters of the
// corpus (../shared/corpus/real, read at run time, never copied into git).
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { plainText } from "../scripts/check/epub/read-epub.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { Epub } from "./helpers/epub.ts";
import { buildProject } from "./helpers/project.ts";
import { runFolio } from "./helpers/run.ts";
import { pdfInfo, pdfText } from "./helpers/tools.ts";

const corpus = fileURLToPath(new URL("../../shared/corpus/real/markdown/", import.meta.url));

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-front-matter-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** A project built from the given files, with the article's text as the EPUB gives it. */
async function build(name: string, files: Record<string, string>, argv?: string[]) {
  const project = await buildProject(work, name, files, argv);
  const text = async (slug: string) =>
    plainText(
      (await (await project.epub(slug)).text("OEBPS/article.xhtml")).split(/<body[^>]*>/)[1],
    );
  return { ...project, text };
}

const FORMS = {
  "yaml.md": [
    "---",
    'title: "Springs: Where Rivers Start"',
    "author: [Jane Doe, John Roe]",
    "description: How rivers begin.",
    'date: "2022-04-19"',
    "keywords: [rivers, springs]",
    "weight: 3",
    "---",
    "",
    "Text of the essay.",
  ],
  "toml.md": [
    "+++",
    'title = "Springs: Where Rivers Start"',
    'authors = ["Jane Doe", "John Roe"]',
    'description = "How rivers begin."',
    "date = 2022-04-19T10:00:00+02:00",
    'tags = ["rivers"]',
    "weight = 3",
    "",
    "[taxonomies]",
    'tags = ["springs"]',
    "+++",
    "",
    "Text of the essay.",
  ],
  // The header runs straight into an HTML line, which CommonMark would glue onto a paragraph.
  "multimarkdown.md": [
    "Title: Springs: Where Rivers Start",
    "AUTHOR: Jane Doe, John Roe",
    "Description: How rivers",
    "    begin.",
    "Date: 2022-04-19",
    "Keywords: rivers, springs",
    "Weight: 3",
    "<div>",
    "Text of the essay.",
    "</div>",
  ],
};

test("should read YAML, TOML and a MultiMarkdown header into the same metadata, warning at each unknown key's line", async () => {
  const files = Object.fromEntries(
    Object.entries(FORMS).map(([name, lines]) => [name, `${lines.join("\n")}\n`]),
  );
  const run = await build("forms", files, ["--edition", "pdf"]);
  assert.equal(run.code, 0, run.stderr);
  const unknown = (name: string, line: number) =>
    `manuscript/${name}:${line}:1: warning: Unknown front matter key \`weight\``;
  for (const [name, line] of [
    ["yaml.md", 7],
    ["toml.md", 7],
    ["multimarkdown.md", 7],
  ] as const)
    assert.ok(run.stderr.includes(unknown(name, line)), run.stderr);
  assert.equal(run.stderr.split("\n").filter(Boolean).length, 3, run.stderr);

  const metadata = [];
  for (const name of Object.keys(FORMS)) {
    const slug = name.replace(/\.md$/, "");
    const pdf = join(run.dir, "output", `${slug}.pdf`);
    const {
      title: Title,
      author: Author,
      subject: Subject,
      keywords: Keywords,
    } = await pdfInfo(pdf);
    metadata.push({ Title, Author, Subject, Keywords });
    const page = (await pdfText(pdf, 1)).replaceAll("\u00ad", ""); // soft hyphens: the text layer's own issue
    assert.match(page, /Text of the essay\./, name);
    assert.doesNotMatch(
      page,
      /Title:|\+\+\+|weight/i,
      `${name}: the front matter is data, not text`,
    );
    const { meta } = (await loadPublication(join(run.dir, "manuscript", name), run.dir))
      .publication;
    assert.equal(meta.date, "2022-04-19", `${name}: a TOML date-time is an ISO date`);
  }
  assert.deepEqual(metadata[0], {
    Title: "Springs: Where Rivers Start",
    Author: "Jane Doe, John Roe",
    Subject: "How rivers begin.",
    Keywords: "rivers springs",
  });
  assert.deepEqual(metadata[1], metadata[0]);
  assert.deepEqual(metadata[2], metadata[0]);
});

test("should keep a first paragraph that only looks like a header, and take the first `#` heading as the title, printed once", async () => {
  const run = await build("heading-title", {
    "note.md": "Note: this essay is a draft.\nIt goes on here.\n\n# Where Rivers Start\n\nText.\n",
    "same.md": "---\ntitle: Where Rivers Start\n---\n\n# Where rivers start\n\nText.\n",
  });
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, "");
  for (const slug of ["note", "same"]) {
    const epub = await run.epub(slug);
    assert.match(await epub.text(await epub.opfPath()), /<dc:title>Where Rivers Start<\/dc:title>/);
    const text = await run.text(slug);
    assert.equal(text.match(/Where rivers start/gi)?.length, 1, `${slug}: ${text}`);
  }
  assert.match(
    await run.text("note"),
    /^Where Rivers Start ?Note: this essay is a draft\. It goes on here\. Text\./,
  );
});

test("should title a manuscript with no title and no `#` heading after its file name, with a warning", async () => {
  const run = await build("file-name", {
    "rust-rfc-3392-leadership-council.md":
      "- Feature Name: leadership-council\n- Start Date: 2022-08-01\n\n## Summary\n\nText.\n",
  });
  assert.equal(run.code, 0, run.stderr);
  assert.match(
    run.stderr,
    /^manuscript\/rust-rfc-3392-leadership-council\.md:1:1: warning: No title: .* the title, “Rust rfc 3392 leadership council”/m,
  );
  assert.match(
    await run.text("rust-rfc-3392-leadership-council"),
    /^Rust rfc 3392 leadership council ?Feature Name: leadership-council/,
  );
});

test("should name a page bundle's editions after its folder, and read its author file in any form", async () => {
  const run = await build("bundle", {
    "authors/jane-doe.md":
      '+++\nname = "Jane Doe"\ntwitter = "@jane"\n+++\n\nJane Doe writes about rivers.\n',
    "springs/index.md":
      '+++\ntitle = "Springs"\nauthors = ["jane-doe"]\ninline-sources = false\n+++\n\nA claim (example.org/springs).\n',
  });
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.written, ["springs.epub"]);
  assert.match(
    run.stderr,
    /^manuscript\/authors\/jane-doe\.md:3:1: warning: Unknown author file key `twitter`: it is ignored \[front-matter-unknown-key\]$/m,
  );
  const epub = await run.epub("springs");
  assert.match(
    plainText(await epub.text("OEBPS/about-the-author.xhtml")),
    /Jane Doe writes about rivers/,
  );
  assert.match(
    await run.text("springs"),
    /A claim \(example\.org\/springs\)\./,
    "`inline-sources = false` read from TOML",
  );
});

test("should build the corpus's Zola post and MultiMarkdown chapter as they come", async () => {
  const dir = join(work, "corpus", "manuscript");
  await mkdir(dir, { recursive: true });
  await cp(join(corpus, "rust-blog-imposter-syndrome"), join(dir, "rust-blog-imposter-syndrome"), {
    recursive: true,
  });
  await cp(join(corpus, "500lines-dagoba.md"), join(dir, "500lines-dagoba.md"));
  const run = await runFolio(["build", "--edition", "epub"], { cwd: join(work, "corpus") });
  assert.equal(run.code, 0, run.stderr);
  const post = "manuscript/rust-blog-imposter-syndrome/index.md";
  for (const [line, key] of [
    [2, "path"],
    [5, "aliases"],
    [7, "extra"],
  ]) {
    assert.match(
      run.stderr,
      new RegExp(`^${post}:${line}:1: warning: Unknown front matter key \`${key}\``, "m"),
    );
  }
  const opf = async (slug: string) => {
    const epub = await Epub.load(await readFile(join(work, "corpus", "output", `${slug}.epub`)));
    return epub.text(await epub.opfPath());
  };
  assert.match(
    await opf("rust-blog-imposter-syndrome"),
    /<dc:title>Imposter Syndrome<\/dc:title>[\s\S]*<dc:creator[^>]*>Jane Lusby, Project Director of Collaboration</,
  );
  assert.match(
    await opf("500lines-dagoba"),
    /<dc:title>Dagoba: an in-memory graph database<\/dc:title>[\s\S]*<dc:creator[^>]*>Dann Toliver</,
  );
});
