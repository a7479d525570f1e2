// `folio import` on real saved pages: Mozilla Readability's test pages in
// ../shared/corpus/real/readability/ (read where they are, never copied into
// the project). What a page says of its author and language must reach the
// front matter, and nothing else: no date, time or comment count as an
// author, no English for a Spanish page that declares no language.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { parse } from "yaml";
import { runFolio } from "./helpers/run.ts";

const corpus = fileURLToPath(new URL("../../shared/corpus/real/readability/", import.meta.url));
let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-import-real-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** Imports a saved page into a folder of its own: what was printed, the front matter, and the authors' names. */
async function imported(page: string) {
  const out = join(work, page);
  const run = await runFolio(["import", page.endsWith(".html") ? page : join(corpus, page, "source.html"), "--out", out, "--slug", "article"], { cwd: work });
  assert.equal(run.code, 0, run.stderr);
  const front = parse(/^---\n([\s\S]*?)\n---\n/.exec(await readFile(join(out, "article.md"), "utf8"))![1]) as Record<string, unknown>;
  // An author with a bio is named by the id of the author file written for them.
  const names = await Promise.all([front.author ?? []].flat().map(async (author) => {
    const file = await readFile(join(out, "authors", `${author}.md`), "utf8").catch(() => undefined);
    return file ? (parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]) as { name: string }).name : String(author);
  }));
  return { run, front, names };
}

test("should read the page's JSON-LD author where the page wraps it in CDATA", async () => {
  // Readability offers "21.dez.2018 às 10h55" (its dateline) as the byline of this page.
  const { run, names } = await imported("folha");
  assert.deepEqual(names, ["Bruno (Henrique Zecchin) Rodrigues"]);
  assert.match(run.stdout, /^ {2}author {7}Bruno \(Henrique Zecchin\) Rodrigues {2}\(JSON-LD author\)$/m);
});
