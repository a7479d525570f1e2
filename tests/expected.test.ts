// The expected-file helper the fixture runners share must fail, not write,
// when an expected file was never committed.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { expectFile, updating } from "./helpers/expected.ts";

test("should fail on a missing expected file and write nothing", {
  skip: updating && "UPDATE is set",
}, () => {
  const dir = mkdtempSync(join(tmpdir(), "folio-expected-"));
  try {
    const path = join(dir, "output.html");
    assert.throws(
      () => expectFile(path, "<p>new</p>\n"),
      /output\.html is missing: run the test with UPDATE=1/,
    );
    assert.equal(existsSync(path), false);
    writeFileSync(path, "<p>old</p>\n");
    assert.throws(() => expectFile(path, "<p>new</p>\n"), assert.AssertionError);
    assert.doesNotThrow(() => expectFile(path, "<p>old</p>\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
