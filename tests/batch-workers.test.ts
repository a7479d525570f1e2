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
/**
 * Short locks, so that a dead worker's job moves on within seconds (30 s by
 * default), not so short that a worker on a machine loaded by other tests
 * loses the jobs it is building (2 s did, at a load average of 28).
 */
const WORKER = ["worker", "--lock", "10"];

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

/** The bundled article 40 times, each with a title of its own, and a manuscript with an error. */
async function farm(dir: string): Promise<string[]> {
  await mkdir(join(dir, "articles"), { recursive: true });
  await cp(join(bundled, "authors"), join(dir, "articles", "authors"), { recursive: true });
  const text = await readFile(join(bundled, "kazakhstan-military-expansion.md"), "utf8");
  const slugs = Array.from(
    { length: ARTICLES },
    (_, i) => `article-${String(i + 1).padStart(2, "0")}`,
  );
  for (const [i, slug] of slugs.entries()) {
    const titled = text.replace(/^title: (.*)$/m, `title: $1, number ${i + 1}`);
    await writeFile(join(dir, "articles", `${slug}.md`), titled);
  }
  await mkdir(join(dir, "bad"));
  const bad = "---\ntitle: An essay\nauthor: Jane Doe\n---\n\nA claim with a source.[^source]\n";
  await writeFile(join(dir, "bad", "essay.md"), bad);
  return slugs;
}

const matches = (worker: Spawned, pattern: RegExp) =>
  [...worker.stdout().matchAll(pattern)].map((m) => m[1]);
/** `✔ articles/article-07.md (job …)`: the jobs a worker finished, by manuscript. */
const completions = (worker: Spawned) => matches(worker, /^✔ (\S+) \(job \S+\)$/gm);
/** `… article-07: making the pdf, …`: the jobs a worker began, by slug. */
const making = (worker: Spawned) => matches(worker, /^… (\S+): making /gm);

test("should build 40 articles once each on workers that die and stop, and tell the truth", async (t) => {
  const dir = join(work, "farm");
  const slugs = await farm(dir);
  const env = { FOLIO_REDIS_URL: server.url, SOURCE_DATE_EPOCH: "1700000000" };
  const batch = (argv: string[]) =>
    runFolio(["batch", ...argv], { cwd: dir, env: { ...process.env, ...env } });
  const queued = await batch(["articles", "bad", "--out", "out"]);
  assert.equal(queued.stdout, `Queued ${ARTICLES + 1} publications.\n`, queued.stderr);

  const started = performance.now();
  const killed = await spawnFolio(WORKER, { cwd: dir, env });
  const steady = await spawnFolio(WORKER, { cwd: dir, env });
  // SIGKILL once the first worker has begun a job: its editions are being made.
  const began = await until(() => making(killed).length > 0, 180_000);
  assert.ok(began, `the worker began a job:\n${killed.stdout()}${killed.stderr()}`);
  const lost = making(killed)[0];
  killed.kill("SIGKILL");
  assert.equal((await killed.exited).signal, "SIGKILL");
  for (const pid of processesNaming(killed.tmp)) process.kill(pid, "SIGKILL"); // its orphaned browser
  const stopped = await spawnFolio(WORKER, { cwd: dir, env });
  // SIGTERM in the middle of this worker's third job: it finishes its jobs in hand, then stops.
  const third = await until(() => making(stopped).length >= 3, 600_000);
  assert.ok(third, `the third worker began 3 jobs:\n${stopped.stdout()}`);
  const inHand = making(stopped)[2];
  stopped.kill("SIGTERM");

  // --wait follows all 41 jobs to their end: it exits 1, as one failed.
  const waited = await batch(["articles", "bad", "--out", "out", "--wait"]);
  const seconds = (performance.now() - started) / 1000;
  assert.equal(waited.code, 1, waited.stderr);
  const none = `Queued 0 publications (${ARTICLES + 1} unchanged, queued or built already).`;
  assert.equal(waited.stdout.split("\n")[0], none);
  const end = new RegExp(`\\] ${ARTICLES}/${ARTICLES + 1} done, 1 failed\\n$`);
  assert.match(waited.stdout, end, waited.stderr);
  assert.match(waited.stderr, /^bad\/essay\.md:6:23: error: .*\[footnote-undefined\]$/m);

  const exit = await stopped.exited;
  assert.equal(exit.code, 143, stopped.stderr());
  const finishedInHand = completions(stopped).includes(`articles/${inHand}.md`);
  assert.ok(finishedInHand, `the job in hand when SIGTERM came was finished:\n${stopped.stdout()}`);
  steady.kill("SIGTERM");
  assert.equal((await steady.exited).code, 143, steady.stderr());

  // Each article built once: one completion each, none by the killed worker.
  const done = [killed, steady, stopped].flatMap(completions).sort();
  assert.deepEqual(
    done,
    slugs.map((slug) => `articles/${slug}.md`),
  );
  assert.deepEqual(completions(killed), []);
  assert.ok(
    done.includes(`articles/${lost}.md`),
    "the killed worker's job was finished by another",
  );
  // The bad manuscript failed once, at once: no retry.
  const failures = [killed, steady, stopped].flatMap((w) =>
    matches(w, /^✖ (bad\/essay\.md) \(job/gm),
  );
  assert.equal(failures.length, 1, "one failure line in all");
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE_NAME, { connection: redis });
  try {
    const [bad] = await queue.getFailed();
    assert.equal(bad.attemptsMade, 1);
    assert.match(bad.failedReason, /^bad\/essay\.md:6:23: error: .*\[footnote-undefined\]$/);
    const completed = await queue.getCompleted(0, -1);
    const lostJob = completed.find((job) => job.data.manuscript === `articles/${lost}.md`);
    assert.equal(lostJob?.stalledCounter, 1, "BullMQ's stalled check handed it on");
  } finally {
    await queue.close();
    redis.disconnect();
  }
  const status = await batch(["--status"]);
  const counts = `0 waiting, 0 active, 0 to be tried again, ${ARTICLES} done, 1 failed`;
  assert.match(
    status.stdout,
    new RegExp(`^${counts}\\n✖ bad/essay.md:\\n    bad/essay.md:6:23: error: `),
  );

  // Whole files only: no temporary file left, every PDF passes the check,
  // every EPUB opens, and the killed job's editions pass every check.
  const out = join(dir, "out");
  assert.deepEqual(
    (await readdir(out)).filter((name) => name.endsWith(".tmp")),
    [],
  );
  let report = "";
  const write = (text: string) => void (report += text);
  const options = { cwd: dir, env: process.env, write, outDir: "out" };
  const pdfs = await checkBuilt({ ...options, inputs: ["articles"], editions: ["pdf", "handout"] });
  assert.equal(pdfs, 0, report);
  for (const slug of slugs) await JSZip.loadAsync(await readFile(join(out, `${slug}.epub`)));
  assert.equal(await checkBuilt({ ...options, inputs: [`articles/${lost}.md`] }), 0, report);
  // The download page and catalog, rebuilt once the queue was empty, list every article.
  const catalog = JSON.parse(await readFile(join(out, "catalog.json"), "utf8"));
  assert.equal(catalog.publications.length, ARTICLES);
  t.diagnostic(
    `${ARTICLES} articles and a bad manuscript through the workers: ${seconds.toFixed(1)} s`,
  );
});
