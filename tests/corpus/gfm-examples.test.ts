// Every GFM example of the corpus (../shared/corpus/real/gfm-examples: 62 spec,
// extension and regression examples of tables, footnotes, strikethrough,
// autolinks, task lists and the tag filter, read at run time) built as a
// manuscript and checked: every check of every edition passes (EPUBCheck 0/0,
// Ace, the PDFs' checks). They are not manuscripts a writer would write, and
// keep warnings (no title, bare addresses), so the manuscript's own checks are
// left out. An example that is truly an error by Folio's rules stops with that
// error, positioned, and nothing else. Run by `npm run test:corpus`, not `npm test`.
import assert from "node:assert/strict";
import { readdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { buildAndCheck, type Checked, corpus, failedChecks } from "../helpers/corpus.ts";

// A note call with no note (`[^nope]`) is an error by Folio's rule: a source cited and never given.
const ERRORS: Record<string, RegExp[]> = {
  "ext-footnotes-023": [
    /^\S+ext-footnotes-023\.md:7:29: error: The note call `\[\^nope\]` has no note/,
  ],
};

const examples = (await readdir(corpus("gfm-examples")))
  .filter((name) => name.endsWith(".md") && name !== "INDEX.md")
  .map((name) => name.slice(0, -3));
let work: string;
let checked: Checked;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-gfm-"));
  const buildable = examples.filter((name) => !(name in ERRORS));
  checked = await buildAndCheck(
    buildable.map((name) => corpus(`gfm-examples/${name}.md`)),
    join(work, "out"),
  );
});
after(() => rm(work, { recursive: true, force: true }));

describe("the GFM examples of the corpus", () => {
  test("should be 62, and build without an error or a stack trace", () => {
    assert.equal(examples.length, 62);
    assert.doesNotMatch(checked.build.stderr, /^\s+at /m);
    assert.doesNotMatch(checked.build.stderr, /: error: /);
  });

  for (const name of examples.filter((example) => !(example in ERRORS))) {
    test(`should build ${name} into editions that pass every check`, () => {
      const report = checked.reports.get(name);
      assert.ok(report, `no check report for ${name}`);
      assert.deepEqual(failedChecks(report, { manuscript: false }), []);
    });
  }

  for (const [name, expected] of Object.entries(ERRORS)) {
    test(`should stop ${name} at its error, positioned, and nothing else`, async () => {
      const { build } = await buildAndCheck([corpus(`gfm-examples/${name}.md`)], join(work, name));
      assert.equal(build.code, 1, build.stderr);
      assert.doesNotMatch(build.stderr, /^\s+at /m);
      const errors = build.stderr.split("\n").filter((line) => /: error: /.test(line));
      assert.equal(errors.length, expected.length, errors.join("\n"));
      for (const [i, pattern] of expected.entries()) assert.match(errors[i], pattern);
    });
  }
});
