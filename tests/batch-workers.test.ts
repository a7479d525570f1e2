// `folio batch` and `folio worker` as they run on a farm: 40 articles and a
// bad manuscript through worker processes sharing one real redis-server and
// one output folder. One worker is killed with SIGKILL in the middle of a
// job, another stopped with SIGTERM in the middle of one; every article is
// still built exactly once, and its editions pass the check.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import JSZip from "jszip";
import { QUEUE_NAME } from "../scripts/batch/queue.ts";
import { checkBuilt } from "../scripts/check/check.ts";
import { type RedisServer, startRedis } from "./helpers/redis.ts";
import { runFolio } from "./helpers/run.ts";
import { processesNaming, type Spawned, spawnFolio, until } from "./helpers/spawn.ts";

const bundled = new URL("../manuscript/", import.meta.url).pathname;
const ARTICLES = 40;
/** Short locks, so that a dead worker's job moves on within seconds (30 s in production). */
const WORKER = ["worker", "--lock", "2"];

let work: string;
let server: RedisServer;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-workers-"));
  server = await startRedis();
});
after(async () => {
  await server.stop();
  await rm(work, { recursive: true, force: true });
});

/** The bundled article 40 times, each with a title of its own, and a manuscript with an error beside them. */
async function farm(dir: string): Promise<string[]> {
  await mkdir(join(dir, "articles"), { recursive: true });
  await cp(join(bundled, "authors"), join(dir, "articles", "authors"), { recursive: true });
  const text = await readFile(join(bundled, "kazakhstan-military-expansion.md"), "utf8");
  const slugs = Array.from({ length: ARTICLES }, (_, i) => `article-${String(i + 1).padStart(2, "0")}`);
  for (const [i, slug] of slugs.entries()) {
    await writeFile(join(dir, "articles", `${slug}.md`), text.replace(/^title: (.*)$/m, `title: $1, number ${i + 1}`));
  }
  await mkdir(join(dir, "bad"));
  await writeFile(join(dir, "bad", "essay.md"), "---\ntitle: An essay\nauthor: Jane Doe\n---\n\nA claim with a source.[^source]\n");
  return slugs;
}

/** `✔ articles/article-07.md (job …)`: the jobs a worker finished, by manuscript. */
const completions = (worker: Spawned) => [...worker.stdout().matchAll(/^✔ (\S+) \(job \S+\)$/gm)].map((m) => m[1]);
const making = (worker: Spawned) => [...worker.stdout().matchAll(/^… (\S+): making /gm)].map((m) => m[1]);

test("should build 40 articles exactly once on workers that die and stop, and report the truth", async (t) => {
  const dir = join(work, "farm");
  const slugs = await farm(dir);
  const env = { FOLIO_REDIS_URL: server.url, SOURCE_DATE_EPOCH: "1700000000" };
  const queued = await runFolio(["batch", "articles", "bad", "--out", "out"], { cwd: dir, env: { ...process.env, ...env } });
  assert.equal(queued.stdout, `Queued ${ARTICLES + 1} publications.\n`, queued.stderr);

  const started = performance.now();
  const killed = await spawnFolio(WORKER, { cwd: dir, env });
  const steady = await spawnFolio(WORKER, { cwd: dir, env });
  // SIGKILL once the first worker has begun a job: its editions are being made.
  assert.ok(await until(() => making(killed).length > 0, 180_000), `the worker began a job:\n${killed.stdout()}${killed.stderr()}`);
  const lost = making(killed)[0];
  killed.kill("SIGKILL");
  assert.equal((await killed.exited).signal, "SIGKILL");
  for (const pid of processesNaming(killed.tmp)) process.kill(pid, "SIGKILL"); // its browser, orphaned
  const stopped = await spawnFolio(WORKER, { cwd: dir, env });
  // SIGTERM in the middle of this worker's third job: it finishes that job, then stops.
  assert.ok(await until(() => making(stopped).length >= 3, 600_000), `the third worker began 3 jobs:\n${stopped.stdout()}`);
  const inHand = making(stopped)[2];
  stopped.kill("SIGTERM");

  // --wait follows all 41 jobs to their end: it exits 1, as one failed.
  const waited = await runFolio(["batch", "articles", "bad", "--out", "out", "--wait"], { cwd: dir, env: { ...process.env, ...env } });
  const seconds = (performance.now() - started) / 1000;
  assert.equal(waited.code, 1, waited.stderr);
  assert.match(waited.stdout, new RegExp(`^Queued 0 publications \\(${ARTICLES + 1} unchanged, queued or built already\\)\\.$`, "m"));
  assert.match(waited.stdout, new RegExp(`\\] ${ARTICLES}/${ARTICLES + 1} done, 1 failed\\n$`));
  assert.match(waited.stderr, /^bad\/essay\.md:6:23: error: .*\[footnote-undefined\]$/m);

  const exit = await stopped.exited;
  assert.equal(exit.code, 143, stopped.stderr());
  assert.ok(completions(stopped).includes(`articles/${inHand}.md`), `the job in hand when SIGTERM came was finished:\n${stopped.stdout()}`);
  steady.kill("SIGTERM");
  assert.equal((await steady.exited).code, 143, steady.stderr());

  // Each article built once: one completion each, none by the killed worker.
  const done = [killed, steady, stopped].flatMap(completions).sort();
  assert.deepEqual(done, slugs.map((slug) => `articles/${slug}.md`));
  assert.deepEqual(completions(killed), []);
  assert.ok(done.includes(`articles/${lost}.md`), "the killed worker's job was finished by another");
  // The bad manuscript failed once, at once: no retry.
  const failures = [killed, steady, stopped].map((w) => w.stdout().match(/^✖ bad\/essay\.md \(job \S+\) failed:$/gm)?.length ?? 0);
  assert.equal(failures.reduce((a, b) => a + b, 0), 1, "one failure line in all");
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection: redis });
  try {
    const [bad] = await queue.getFailed();
    assert.equal(bad.attemptsMade, 1);
    assert.match(bad.failedReason, /^bad\/essay\.md:6:23: error: .*\[footnote-undefined\]$/);
    const lostJob = (await queue.getCompleted(0, -1)).find((job) => job.data.manuscript === `articles/${lost}.md`);
    assert.equal(lostJob?.stalledCounter, 1, "BullMQ's stalled check handed it on");
  } finally {
    await queue.close();
    redis.disconnect();
  }
  const status = await runFolio(["batch", "--status"], { cwd: dir, env: { ...process.env, ...env } });
  assert.match(status.stdout, new RegExp(`^0 waiting, 0 active, 0 to be tried again, ${ARTICLES} done, 1 failed\\n✖ bad/essay.md:\\n    bad/essay.md:6:23: error: `));

  // Whole files only: no temporary file left, every PDF passes the check,
  // every EPUB opens, and the killed job's editions pass every check.
  const out = join(dir, "out");
  assert.deepEqual((await readdir(out)).filter((name) => name.endsWith(".tmp")), []);
  let report = "";
  const write = (text: string) => void (report += text);
  const options = { cwd: dir, env: process.env, write, outDir: "out" };
  assert.equal(await checkBuilt({ ...options, inputs: ["articles"], editions: ["pdf", "handout"] }), 0, report);
  for (const slug of slugs) await JSZip.loadAsync(await readFile(join(out, `${slug}.epub`)));
  assert.equal(await checkBuilt({ ...options, inputs: [`articles/${lost}.md`] }), 0, report);
  // The download page and catalog, rebuilt once the queue was empty, list every article.
  const catalog = JSON.parse(await readFile(join(out, "catalog.json"), "utf8"));
  assert.equal(catalog.publications.length, ARTICLES);
  t.diagnostic(`${ARTICLES} articles + 1 bad manuscript through the workers: ${seconds.toFixed(1)} s`);
});
