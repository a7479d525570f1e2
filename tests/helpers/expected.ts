// Expected outputs kept as files beside a test's input (fixtures, bad
// manuscripts, imports). `UPDATE=1` writes them from what the code gives; a
// run without it compares, and an expected file that is missing fails the
// test: a fresh checkout must not pass a case whose expectation was never
// committed.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const updating = Boolean(process.env.UPDATE);

export function expectFile(path: string, actual: string): void {
  if (updating) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  assert.ok(
    existsSync(path),
    `${path} is missing: run the test with UPDATE=1 to write it, read it, and commit it`,
  );
  assert.equal(actual, readFileSync(path, "utf8"), path);
}
