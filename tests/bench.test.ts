// The benchmark is not a test (its timings would fail on a busy machine):
// this only checks that it runs end to end on its tiny case and writes its table.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";

test("should run the benchmark's tiny case and write its results", { timeout: 120_000 }, async () => {
  const dir = await mkdtemp(join(tmpdir(), "folio-bench-test-"));
  try {
    const json = join(dir, "bench.json");
    const main = new URL("../scripts/bench/main.ts", import.meta.url).pathname;
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", main, "--tiny", "--runs", "1", "--json", json]);
    assert.match(stdout, /\| Folio, the bundled article, 3 editions \| [\d.]+ s \| \d+ MiB \|/);
    const results = JSON.parse(await readFile(json, "utf8"));
    assert.deepEqual(results.measurements.map((m: { id: string }) => m.id), ["folio-article", "peers-article"]);
    assert.equal(results.targets.length, 1);
    assert.ok(results.targets[0].ratio > 0);
    assert.ok(results.measurements.every((m: { seconds: number; peakMiB: number }) => m.seconds > 0 && m.peakMiB > 0));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
