// A few real manuscripts from ../shared/corpus/real, built as they come and
// checked, in every `npm test`; `npm run test:corpus` builds them all.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { buildAndCheck, buildErrors, corpus, failedChecks } from "./helpers/corpus.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-real-"));
});
after(() => rm(work, { recursive: true, force: true }));

// A Zola page bundle: TOML front matter, a colour photograph, notes whose
// definitions are autolinks, and no author file (so no bio page).
test("should build the Rust blog's op-ed on imposter syndrome into editions that pass every check", async () => {
  const { build, reports } = await buildAndCheck(
    [corpus("markdown/rust-blog-imposter-syndrome/index.md")],
    work,
  );
  assert.deepEqual(buildErrors(build.stderr), []); // warnings there are: Zola's `path`, `aliases` and `[extra]`
  const report = reports.get("rust-blog-imposter-syndrome");
  assert.ok(report, `no check report:\n${build.stdout}`);
  assert.deepEqual(failedChecks(report, { manuscript: false }), []);
});
