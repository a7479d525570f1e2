// `npm run worker`: takes publications off the queue and builds them, as
// many at once as --concurrency says, in one warm browser, with the build's
// own steps: load (scripts/manuscript/), make and write the editions
// atomically (scripts/editions.ts), skipping what is unchanged (output/fingerprint.ts). A
// manuscript's errors fail its job at once; anything else is retried by
// BullMQ, on whichever worker is free. When the queue is empty, the download
// page and catalog of each output folder the batch wrote into are rebuilt.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { type Job, UnrecoverableError, Worker } from "bullmq";
import type { Redis } from "ioredis";
import { makeEditions } from "../editions.ts";
import { slugOf } from "../manuscript/find.ts";
import { lastBuild, recordOf } from "../output/fingerprint.ts";
import { sourceDate } from "../output/source-date.ts";
import { publicationFiles } from "../publish/file-names.ts";
import { formatMessages } from "../report.ts";
import { Timings } from "../timings.ts";
import { OUTPUTS_KEY, openQueue, type PublicationJob, QUEUE_NAME, unfinished } from "./queue.ts";
import { WarmBrowser } from "./warm-browser.ts";

export interface WorkerOptions {
  redis: Redis;
  /** The shared root the jobs' paths are relative to. */
  cwd: string;
  env: Record<string, string | undefined>;
  executablePath: string;
  concurrency: number;
  /** How long a job's lock lasts unless renewed: a worker silent that long loses its job. */
  lockMs: number;
  timeoutMs: number;
  /** Aborted by SIGINT or SIGTERM: the jobs in hand are finished, then the worker stops. */
  signal?: AbortSignal;
  progress: Progress;
}

type Progress = (line: string) => void;

/** Works until `signal` aborts. */
export async function runWorker(options: WorkerOptions): Promise<void> {
  const { cwd, env, redis, signal, progress, timeoutMs } = options;
  const date = sourceDate(env);
  const folder = await mkdtemp(join(tmpdir(), "folio-"));
  const warm = new WarmBrowser({
    executablePath: options.executablePath,
    folder,
    documents: 2 * options.concurrency, // a PDF and its handout for each job
    timeoutMs: Math.max(30_000, timeoutMs),
    env,
  });
  void warm.get(); // the browser starts while the worker connects
  const { loadPublication, ManuscriptError } = await import("../manuscript/load.ts");

  const build = async (job: Job<PublicationJob>) => {
    const { manuscript, editions } = job.data;
    const outDir = resolve(cwd, job.data.out);
    const path = resolve(cwd, manuscript);
    // What the build would skip, the worker skips: the same stamp beside the editions.
    const slug = slugOf(path);
    const names = publicationFiles(slug, editions);
    const shaping = { editions, date, cwd };
    if (await lastBuild(outDir, slug, names, shaping)) return;
    let loaded: Awaited<ReturnType<typeof loadPublication>>;
    try {
      loaded = await loadPublication(path, cwd);
    } catch (error) {
      if (!(error instanceof ManuscriptError)) throw error;
      // No retry can mend a manuscript: its messages, with their places, are the reason.
      throw new UnrecoverableError(formatMessages(error.files, (m) => m.fatal === true).join("\n"));
    }
    const { browser, pages } = await warm.get();
    const timings = new Timings();
    const made = { editions, outDir, cwd, browser, pages, date, timings, timeoutMs, progress };
    const record = await recordOf(loaded, cwd, shaping, formatMessages(loaded.files));
    await makeEditions(loaded.publication, record, made);
    await redis.sadd(OUTPUTS_KEY, job.data.out);
  };

  const queue = openQueue(redis);
  const worker = new Worker<PublicationJob>(QUEUE_NAME, build, {
    connection: redis,
    concurrency: options.concurrency,
    lockDuration: options.lockMs,
    // The check for jobs whose worker died runs as often as a lock could expire.
    stalledInterval: options.lockMs,
    name: `${process.pid}`,
  });
  worker.on("error", () => {}); // Redis gone for a while: ioredis reconnects, BullMQ goes on
  let publishing = Promise.resolve();
  const finished = (line: string) => {
    progress(line);
    // The worker that finishes the queue's last job rebuilds the download pages.
    publishing = publishing
      .then(async () => {
        if ((await unfinished(queue)) === 0) await publish(redis, cwd, date, progress);
      })
      .catch((error: unknown) => progress(`✖ the download page: ${(error as Error).message}`));
  };
  worker.on("completed", (job) => finished(`✔ ${job.data.manuscript} (job ${job.id})`));
  worker.on("failed", (job, error) => {
    if (!job) return;
    const what = `${job.data.manuscript} (job ${job.id})`;
    const tries = job.opts.attempts ?? 1;
    const last = error instanceof UnrecoverableError || job.attemptsMade >= tries;
    if (last) finished(`✖ ${what} failed:\n${error.message}`);
    else progress(`↻ ${what} failed, to be tried again: ${error.message}`);
  });
  try {
    await worker.waitUntilReady();
    progress(`Worker ${process.pid}: waiting for jobs, ${options.concurrency} at a time`);
    await new Promise<void>((resolve) => {
      if (signal?.aborted) resolve();
      signal?.addEventListener("abort", () => resolve(), { once: true });
    });
    progress(`Worker ${process.pid}: stopping once the jobs in hand are done`);
    await worker.close(); // waits for the jobs in hand
    await publishing;
  } finally {
    await queue.close();
    await warm.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** The download page and catalog of each output folder the batch wrote into (scripts/publish/). */
async function publish(redis: Redis, cwd: string, date: Date | undefined, progress: Progress) {
  const { publishOutput } = await import("../publish/publish.ts");
  for (const out of await redis.smembers(OUTPUTS_KEY)) {
    await publishOutput({ outDir: resolve(cwd, out), cwd, inputs: [], date, progress });
  }
}
