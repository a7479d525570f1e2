// Headings that skip a level, as a real chapter has them (`#`, then `###`):
// a warning where each stands, and editions whose headings no longer skip: the
// EPUB passes Ace by DAISY (its `heading-order` rule) and the PDF's bookmarks
// nest as the text does.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { findBrowser } from "../scripts/browser/find.ts";
import { ace } from "./helpers/ace.ts";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";
import { pdfOutline } from "./helpers/tools.ts";

let work: string;
let run: Awaited<ReturnType<typeof runFolio>>;
const out = () => join(work, "output");

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-heading-levels-"));
  await mkdir(join(work, "manuscript", "guide"), { recursive: true });
  await writeFile(
    join(work, "manuscript", "guide", "book.yaml"),
    "title: A guide\nauthor: Jane Doe\n",
  );
  await writeFile(
    join(work, "manuscript", "guide", "01-springs.md"),
    "# Springs\n\nWhere rivers start.\n\n### Thaw\n\nThe ice goes.\n\n#### Melt\n\nWater runs.\n\n## Summer\n\nLow water.\n",
  );
  run = await runFolio(["build", "--edition", "epub", "--edition", "pdf"], { cwd: work });
});
after(() => rm(work, { recursive: true, force: true }));

test("should warn of a heading that skips a level where it stands, and build", () => {
  assert.equal(run.code, 0, run.stderr);
  assert.equal(
    run.stderr,
    "manuscript/guide/01-springs.md:5:1: warning: A `###` heading after a `#` one skips a level: the editions print it one level under the heading it belongs to; make it `##` [heading-skip]\n",
  );
});

test("should renumber the EPUB's headings so that none skips, and pass Ace's heading order", async () => {
  const epub = await Epub.load(await readFile(join(out(), "guide.epub")));
  const chapter = await epub.text("OEBPS/springs.xhtml");
  const headings = [...chapter.matchAll(/<(h[1-6])\b[^>]*>([^<]*)</g)].map(
    ([, tag, text]) => `${tag} ${text}`,
  );
  assert.deepEqual(headings, ["h1 Springs", "h2 Thaw", "h3 Melt", "h2 Summer"]);
  const browser = await findBrowser({ env: process.env });
  const report = await ace(join(out(), "guide.epub"), join(work, "ace"), browser!.executablePath);
  assert.deepEqual(
    report.violations.filter((v) => v.rule === "heading-order"),
    [],
  );
});

test("should nest the PDF's bookmarks as the text's sections nest", async () => {
  const titles = (entries: Awaited<ReturnType<typeof pdfOutline>>): unknown[] =>
    entries.map((e) => (e.kids.length ? [e.title, titles(e.kids)] : e.title));
  const outline = await pdfOutline(join(out(), "guide.pdf"));
  assert.deepEqual(titles(outline).at(-1), ["Springs", [["Thaw", ["Melt"]], "Summer"]]);
});
