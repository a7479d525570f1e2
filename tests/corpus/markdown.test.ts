// Real essays, an RFC and two books (../shared/corpus/real), built as they
// come, front matter of every kind included, and checked: every check of
// every edition passes. Run by `npm run test:corpus` (minutes), not `npm test`.
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { slugOf } from "../../scripts/manuscript/find.ts";
import { buildAndCheck, buildErrors, corpus, failedChecks } from "../helpers/corpus.ts";

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-corpus-"));
});
after(() => rm(work, { recursive: true, force: true }));

const BUILD_CLEANLY = [
  "markdown/500lines-dagoba.md",
  "markdown/rust-blog-what-do-people-love-about-rust.md",
  "markdown/rust-rfc-3392-leadership-council.md",
  "markdown/rust-blog-imposter-syndrome/index.md",
  "book/mostly-adequate-guide",
];

describe("real manuscripts, built as they come", () => {
  for (const path of BUILD_CLEANLY) {
    test(`should build ${path} into editions that pass every check`, async () => {
      const out = join(work, path.replaceAll("/", "-"));
      const { build, reports } = await buildAndCheck([corpus(path)], out);
      assert.doesNotMatch(build.stderr, /^\s+at /m, "no stack trace");
      assert.deepEqual(buildErrors(build.stderr), []);
      const report = reports.get(slugOf(corpus(path)));
      assert.ok(report, `no check report for ${path}:\n${build.stdout}\n${build.stderr}`);
      assert.deepEqual(failedChecks(report, { manuscript: false }), []);
    });
  }

  // Written for Pandoc and LaTeX: its notes stand inside <markdown> and <latex>
  // blocks, which Markdown keeps as raw HTML. Either it builds and passes, or
  // it stops with exactly those problems, positioned.
  for (const path of ["markdown/posa-ninja.md", "book/posa"]) {
    test(`should build ${path}, or stop only at notes written inside raw HTML`, async () => {
      const out = join(work, path.replaceAll("/", "-"));
      const { build, reports } = await buildAndCheck([corpus(path)], out);
      assert.doesNotMatch(build.stderr, /^\s+at /m, "no stack trace");
      if (build.code === 0) {
        const report = reports.get(slugOf(corpus(path)));
        assert.ok(report, `no check report for ${path}`);
        assert.deepEqual(failedChecks(report, { manuscript: false }), []);
        return;
      }
      assert.equal(build.code, 1, build.stderr);
      const others = buildErrors(build.stderr).filter(
        (line) => !line.includes("is written inside raw HTML"),
      );
      assert.deepEqual(others, []);
      assert.ok(buildErrors(build.stderr).length > 0, build.stderr);
    });
  }
});
