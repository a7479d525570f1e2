// The bad-manuscript corpus (tests/fixtures/bad/<case>/): each case is a
// manuscript folder, or a generator in helpers/bad-manuscripts.ts, and an
// expected.txt: `exit N`, then exactly what the build says on stderr.
// Whatever the case, no stack trace; for errors, the output folder is as it was.
// `UPDATE=1 npm test` rewrites expected.txt.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { GENERATED } from "./helpers/bad-manuscripts.ts";
import { expectFile } from "./helpers/expected.ts";
import { runFolio } from "./helpers/run.ts";

const corpus = new URL("fixtures/bad/", import.meta.url).pathname;
const cases = readdirSync(corpus).sort();

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-bad-"));
});
after(() => rm(work, { recursive: true, force: true }));

test("should have at least 30 cases", () => assert.ok(cases.length >= 30, `${cases.length} cases`));

for (const name of cases) {
  test(`should answer ${name.replaceAll("-", " ")} with a clear message`, async () => {
    const dir = join(work, name);
    await cp(join(corpus, name), dir, { recursive: true });
    await mkdir(join(dir, "manuscript"), { recursive: true });
    await GENERATED[name]?.(join(dir, "manuscript"));
    // A good output from an earlier build, which a failed build must leave alone.
    await mkdir(join(dir, "out"));
    await writeFile(join(dir, "out", "essay.pdf"), "%PDF- an earlier, good build");

    // EPUB only: the PDFs add nothing to what a manuscript's problems are.
    const run = await runFolio(["build", "manuscript", "--out", "out", "--edition", "epub"], {
      cwd: dir,
    });
    const actual = `exit ${run.code}\n${run.stderr}`;
    const expectedPath = join(corpus, name, "expected.txt");
    expectFile(expectedPath, actual);
    assert.doesNotMatch(run.stderr, /^\s+at /m, "no stack trace");
    if (run.code !== 0) {
      assert.deepEqual(await readdir(join(dir, "out")), ["essay.pdf"]);
      assert.equal(
        await readFile(join(dir, "out", "essay.pdf"), "utf8"),
        "%PDF- an earlier, good build",
      );
    }
  });
}
