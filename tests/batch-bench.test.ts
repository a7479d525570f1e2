// The benchmark's queue rows (scripts/bench/tools.ts folioQueue): the command
// it times really builds every article through a Redis and workers of its
// own, and leaves nothing running.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { measure } from "../scripts/bench/measure.ts";
import { folioQueue } from "../scripts/bench/tools.ts";
import { freePort } from "./helpers/redis.ts";
import { processesNaming } from "./helpers/spawn.ts";

const bundled = new URL("../manuscript/", import.meta.url).pathname;

// A worker that builds nothing would leave `batch --wait` waiting: the timeout fails it.
test("should time three articles through the queue with two workers", {
  timeout: 300_000,
}, async () => {
  const work = await mkdtemp(join(tmpdir(), "folio-batch-bench-"));
  try {
    const articles = join(work, "articles");
    await mkdir(articles);
    await cp(join(bundled, "authors"), join(articles, "authors"), { recursive: true });
    for (const n of [1, 2, 3]) {
      const article = join(bundled, "kazakhstan-military-expansion.md");
      await cp(article, join(articles, `article-${n}.md`));
    }
    const port = await freePort();
    const run = folioQueue([articles], join(work, "out"), 2, port);
    const { seconds } = await measure(run.command, run.args, { cwd: work, env: run.env });
    assert.ok(seconds > 0);
    const written = (await readdir(join(work, "out"))).filter((name) => /\.(pdf|epub)$/.test(name));
    const names = (n: number) => [
      `article-${n}.pdf`,
      `article-${n}-handout.pdf`,
      `article-${n}.epub`,
    ];
    const expected = [1, 2, 3].flatMap(names);
    assert.deepEqual(written.sort(), expected.sort());
    assert.deepEqual(processesNaming(`redis-server 127.0.0.1:${port}`), [], "its Redis stopped");
    assert.deepEqual(processesNaming(`redis://127.0.0.1:${port}`), [], "its workers stopped");
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});
