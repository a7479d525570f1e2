// `folio batch` against a real redis-server, in-process and without a worker:
// what it says when Redis is not there, and how it queues (one job per
// unchanged publication; a changed one replaces its stale job).
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { after, before, beforeEach, test } from "node:test";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { QUEUE_NAME } from "../scripts/batch/queue.ts";
import { freePort, type RedisServer, startRedis } from "./helpers/redis.ts";
import { runFolio } from "./helpers/run.ts";

const bundled = new URL("../manuscript/", import.meta.url).pathname;

let work: string;
let server: RedisServer;
let redis: Redis;
let queue: Queue;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-batch-"));
  server = await startRedis();
  redis = new Redis(server.url, { maxRetriesPerRequest: null });
  queue = new Queue(QUEUE_NAME, { connection: redis });
});
beforeEach(() => redis.flushall());
after(async () => {
  await queue.close();
  redis.disconnect();
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

const env = () => ({ ...process.env, FOLIO_REDIS_URL: server.url });

test("should say in one paragraph how to start Redis when none answers, and exit 2", async () => {
  const closed = `redis://127.0.0.1:${await freePort()}`;
  for (const argv of [["batch", "manuscript"], ["batch", "--status"], ["worker"]]) {
    const run = await runFolio([...argv, "--redis", closed], { cwd: work, env: process.env });
    assert.equal(run.code, 2, `${argv.join(" ")}: ${run.stderr}`);
    const reason = `^Cannot reach Redis at ${closed} \\(connect ECONNREFUSED`;
    assert.match(run.stderr, new RegExp(reason));
    assert.match(run.stderr, /apt-get install redis-server/);
    assert.match(run.stderr, /redis:7/);
    assert.equal(run.stderr.trim().split("\n").length, 1, "one paragraph, no stack trace");
  }
});

test("should queue an unchanged publication once, replace the job of a changed one", async () => {
  const dir = join(work, "twice");
  await cp(bundled, join(dir, "manuscript"), { recursive: true });
  const first = await runFolio(["batch", "manuscript", "--out", "out"], { cwd: dir, env: env() });
  assert.equal(first.code, 0, first.stderr);
  assert.equal(first.stdout, "Queued 2 publications.\n"); // the article and the bundled book
  const again = await runFolio(["batch", "manuscript", "--out", "out"], { cwd: dir, env: env() });
  assert.equal(again.stdout, "Queued 0 publications (2 unchanged, queued or built already).\n");
  const before = await queue.getWaiting();
  assert.equal(before.length, 2, "no second job");
  const queued = before.map((job) => job.data.manuscript).sort();
  const article = join(dir, "manuscript", "kazakhstan-military-expansion.md");
  assert.deepEqual(queued, ["manuscript/folio-sampler", relative(dir, article)]);

  await writeFile(article, `${await readFile(article, "utf8")}\nOne more paragraph.\n`);
  const changed = await runFolio(["batch", "manuscript", "--out", "out"], { cwd: dir, env: env() });
  const replaced =
    "Queued 1 publication (1 unchanged, queued or built already; 1 stale job replaced).";
  assert.equal(changed.stdout.trim(), replaced);
  const now = await queue.getWaiting();
  assert.equal(now.length, 2, "the stale job is gone");
  const ids = (jobs: typeof now) => new Set(jobs.map((job) => job.id));
  const kept = now.filter((job) => ids(before).has(job.id)).map((job) => job.data.manuscript);
  assert.deepEqual(kept, ["manuscript/folio-sampler"], "only the unchanged book keeps its job");

  const status = await runFolio(["batch", "--status"], { cwd: dir, env: env() });
  assert.equal(status.stdout, "2 waiting, 0 active, 0 to be tried again, 0 done, 0 failed\n");
});

test("should refuse manuscripts with --status, and a bad --concurrency", async () => {
  const status = await runFolio(["batch", "manuscript", "--status"], { cwd: work, env: env() });
  assert.equal(status.code, 2);
  assert.match(status.stderr, /--status takes no manuscripts/);
  const worker = await runFolio(["worker", "--concurrency", "0"], { cwd: work, env: env() });
  assert.equal(worker.code, 2);
  assert.match(worker.stderr, /--concurrency takes a whole number/);
});
