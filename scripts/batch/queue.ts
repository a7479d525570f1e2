// The batch's queue on BullMQ: one job per publication, named by its path
// under the shared root (where `npm run batch` and every worker run) and
// the hash of its inputs, so that one unchanged publication is one job.
import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import type { Edition } from "../model.ts";

export const QUEUE_NAME = "folio";

export interface PublicationJob {
  /** The manuscript or book folder, relative to the shared root. */
  manuscript: string;
  /** The output folder, relative to the shared root. */
  out: string;
  editions: Edition[];
}

/**
 * A render that failed for the machine's sake (a timeout, a crashed browser)
 * is tried again on any worker after 5 s, then 10 s; a manuscript's errors
 * fail at once (UnrecoverableError). Done and failed jobs are kept: a done
 * job is what makes a second enqueue of the same inputs do nothing, a failed
 * one is what `--status` reports.
 */
export const JOB_OPTIONS = { attempts: 3, backoff: { type: "exponential", delay: 5_000 } } as const;

/** The Redis hash of each publication's newest job: how a changed one finds its stale job. */
export const LATEST_KEY = `folio:${QUEUE_NAME}:latest`;
/** The Redis set of output folders written into: each gets its download page at the end. */
export const OUTPUTS_KEY = `folio:${QUEUE_NAME}:outputs`;

export function openQueue(redis: Redis): Queue<PublicationJob> {
  return new Queue<PublicationJob>(QUEUE_NAME, { connection: redis });
}

/** Jobs still to be done: waiting, running, or waiting to be tried again. */
export async function unfinished(queue: Queue): Promise<number> {
  const counts = await queue.getJobCounts("waiting", "active", "delayed", "prioritized");
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
