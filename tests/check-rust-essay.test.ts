// A real essay nobody here wrote: "What do people love about Rust?" from the
// Rust blog (../shared/corpus/real/markdown, read at run time, never copied
// into the project), whose pages past the first opened paragraphs and
// headings with a Th ligature that lost its "h" and held soft hyphens in its
// words. Built (its TOML front matter given as YAML here), both PDFs must give
// its words as written: the text check and the bookmarks pass, and the
// heading "The result" reads back whole, line by line and in pdf.js's runs.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { expectationsOf } from "../scripts/check/expectations.ts";
import { checkPdf } from "../scripts/check/pdf/index.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { cannotRender as skip } from "./helpers/render-html.ts";
import { runFolio } from "./helpers/run.ts";
import { pdfjsText, pdfText, searchable } from "./helpers/tools.ts";

const corpus = fileURLToPath(
  new URL(
    "../../shared/corpus/real/markdown/rust-blog-what-do-people-love-about-rust.md",
    import.meta.url,
  ),
);
const heading = "The result: Rust as a gateway into new domains";
let work: string;

before(async () => {
  if (skip) return;
  work = await mkdtemp(join(tmpdir(), "folio-rust-essay-"));
  const text = await readFile(corpus, "utf8");
  const body = text.slice(text.indexOf("+++", 3) + 3);
  await writeFile(
    join(work, "rust-essay.md"),
    `---\ntitle: What do people love about Rust?\nauthor: Niko Matsakis\n---\n${body}`,
  );
  const run = await runFolio([
    "build",
    join(work, "rust-essay.md"),
    "--out",
    work,
    "--edition",
    "pdf",
    "--edition",
    "handout",
  ]);
  assert.equal(run.code, 0, run.stderr);
});
after(() => work && rm(work, { recursive: true, force: true }));

test("should give the Rust essay's words as written in both PDFs, its headings and bookmarks whole", {
  skip,
}, async () => {
  const expect = expectationsOf(
    (await loadPublication(join(work, "rust-essay.md"), process.cwd())).publication,
  );
  assert.ok(expect.text.body.length > 60, "the essay's paragraphs are looked for");
  for (const [edition, name] of [
    ["pdf", "rust-essay.pdf"],
    ["handout", "rust-essay-handout.pdf"],
  ] as const) {
    const results = await checkPdf(join(work, name), edition, expect);
    for (const id of ["pdf-text", "pdf-outline"])
      assert.deepEqual(results.find((r) => r.id === id)?.problems, [], `${edition}: ${id}`);
  }
  const pdf = join(work, "rust-essay.pdf");
  for (const text of [await pdfText(pdf), (await pdfjsText(pdf)).join("\n")]) {
    assert.ok(searchable(text).includes(heading));
    assert.ok(!text.includes("\u00ad"));
  }
});
