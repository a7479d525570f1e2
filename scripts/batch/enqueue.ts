// `npm run batch`'s first half: a job for each publication named. A job's id
// is its manuscript's key (a hash of its path) and its inputs' hash: BullMQ
// adds no second job with an id it holds, so an unchanged publication queued
// twice (or built already) is one job. A changed one gets a new id, and its
// stale job, found through the key, is removed if no worker has taken it yet.
import { createHash } from "node:crypto";
import { relative, resolve } from "node:path";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Edition } from "../model.ts";
import { findManuscripts } from "../manuscript/find.ts";
import { InputsHasher } from "./inputs-hash.ts";
import { JOB_OPTIONS, LATEST_KEY, type PublicationJob } from "./queue.ts";

export interface EnqueueOptions {
  inputs: string[];
  /** The shared root: paths in the jobs are relative to it. */
  cwd: string;
  outDir: string;
  editions: Edition[];
}

export interface Enqueued {
  /** The ids of this batch's jobs, new or not. */
  ids: string[];
  queued: number;
  /** Unchanged publications whose job was there already (waiting, running or done). */
  present: number;
  /** Stale jobs of changed publications, removed before a worker took them. */
  replaced: number;
  /** Failed jobs of unchanged publications, queued again. */
  retried: number;
}

/** States in which a job is not yet any worker's: a stale one is removed. */
const NOT_TAKEN = new Set(["waiting", "delayed", "prioritized"]);

export async function enqueue(
  queue: Queue<PublicationJob>,
  redis: Redis,
  options: EnqueueOptions,
): Promise<Enqueued> {
  const { cwd, editions } = options;
  const out = relative(cwd, resolve(cwd, options.outDir));
  const hasher = new InputsHasher({ editions });
  const result: Enqueued = { ids: [], queued: 0, present: 0, replaced: 0, retried: 0 };
  for (const path of await findManuscripts(options.inputs, cwd)) {
    const manuscript = relative(cwd, path);
    const key = sha256(`${manuscript}\n${out}`).slice(0, 16);
    // BullMQ's ids may not hold a colon; a hyphen keeps the key readable apart.
    const id = `${key}-${(await hasher.hash(path)).slice(0, 32)}`;
    result.ids.push(id);
    const stale = await redis.hget(LATEST_KEY, key);
    if (stale && stale !== id) {
      const job = await queue.getJob(stale);
      if (job && NOT_TAKEN.has(await job.getState())) {
        await job.remove();
        result.replaced++;
      }
    }
    await redis.hset(LATEST_KEY, key, id);
    const job = await queue.getJob(id);
    if (!job) {
      await queue.add("publication", { manuscript, out, editions }, { ...JOB_OPTIONS, jobId: id });
      result.queued++;
    } else if ((await job.getState()) === "failed") {
      await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
      result.retried++;
    } else {
      result.present++;
    }
  }
  return result;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
