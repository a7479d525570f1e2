// The long-essay fixture (tests/fixtures/check/long-essay/): 40 notes in ten
// Letter pages, their calls mid-word, where Paged.js printed a note on the
// page after its call's and handout notes under the wrong numbers. Its build
// must pass `folio check`. The print editions only: the notes are theirs,
// and the EPUB's checkers (EPUBCheck, Ace) would triple the run time.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { cannotRender as skip } from "./helpers/render-html.ts";
import { runFolio, type Run } from "./helpers/run.ts";

const fixture = fileURLToPath(new URL("fixtures/check/long-essay/", import.meta.url));
let out: string;
let run: Run;
before(async () => {
  if (skip) return;
  out = await mkdtemp(join(tmpdir(), "folio-long-essay-"));
  run = await runFolio([
    "build",
    join(fixture, "long-essay.md"),
    "--out",
    out,
    "--edition",
    "pdf",
    "--edition",
    "handout",
    "--check",
  ]);
});
after(() => out && rm(out, { recursive: true, force: true }));

test("should build the long essay's PDFs so that every check passes, its notes each on the page of its call and under its number", {
  skip,
}, () => {
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.doesNotMatch(run.stdout, /✖/);
  assert.match(
    run.stdout,
    /✔ every note of the manuscript, numbered, on the page of its call[\s\S]*✔ every note of the manuscript, numbered, on the page of its call/,
  );
  assert.match(run.stdout, /^✔ 1 publication, 33 checks: 33 passed, 0 failed$/m);
});
