// The benchmark is not a test (its timings would fail on a busy machine):
// this only checks that it runs end to end on its tiny case and writes its
// table, and that without pandoc it measures Folio alone and says what it
// could not compare.
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { promisify } from "node:util";
import { hasPandoc } from "../scripts/bench/cases.ts";
import { findBrowser } from "../scripts/browser/find.ts";

const main = new URL("../scripts/bench/main.ts", import.meta.url).pathname;

test("should run the benchmark's tiny case and write its results", {
  timeout: 120_000,
  skip: !hasPandoc() && "pandoc is not installed (Debian: apt-get install pandoc)",
}, async () => {
  const dir = await mkdtemp(join(tmpdir(), "folio-bench-test-"));
  try {
    const json = join(dir, "bench.json");
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--import",
      "tsx",
      main,
      "--tiny",
      "--runs",
      "1",
      "--json",
      json,
    ]);
    assert.match(stdout, /\| Folio, the bundled article, 3 editions \| [\d.]+ s \| \d+ MiB \|/);
    const results = JSON.parse(await readFile(json, "utf8"));
    assert.deepEqual(
      results.measurements.map((m: { id: string }) => m.id),
      ["folio-article", "peers-article"],
    );
    assert.equal(results.targets.length, 1);
    assert.ok(results.targets[0].ratio > 0);
    assert.ok(
      results.measurements.every(
        (m: { seconds: number; peakMiB: number }) => m.seconds > 0 && m.peakMiB > 0,
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("should measure Folio alone without pandoc, and say which comparisons it could not make", {
  timeout: 120_000,
}, async () => {
  const dir = await mkdtemp(join(tmpdir(), "folio-bench-test-"));
  try {
    // A PATH with node and sh only: no pandoc; the browser named outright.
    for (const name of ["node", "sh"])
      await symlink(name === "node" ? process.execPath : "/bin/sh", join(dir, name));
    const browser = (await findBrowser({ env: process.env }))?.executablePath;
    const json = join(dir, "bench.json");
    const env = { ...process.env, PATH: dir, FOLIO_BROWSER: browser };
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", main, "--tiny", "--runs", "1", "--json", json],
      { env },
    );
    assert.match(stdout, /\| Folio, the bundled article, 3 editions \| [\d.]+ s \| \d+ MiB \|/);
    assert.match(
      stdout,
      /^Not compared, pandoc not installed \(Debian: apt-get install pandoc\): article, all editions ≤ 0\.8 × pandoc \+ pagedjs-cli$/m,
    );
    const results = JSON.parse(await readFile(json, "utf8"));
    assert.deepEqual(
      results.measurements.map((m: { id: string }) => m.id),
      ["folio-article"],
    );
    assert.deepEqual(
      [results.targets, results.notCompared, results.machine.pandoc],
      [[], ["article, all editions ≤ 0.8 × pandoc + pagedjs-cli"], "no pandoc"],
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
