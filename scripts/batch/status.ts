// What the queue holds, as `npm run batch -- --status` prints it, and
// `--wait`'s following of one batch to its end, a progress line at a time.
import type { Job, Queue } from "bullmq";
import type { PublicationJob } from "./queue.ts";

/** The counts of the whole queue, and each failed job with the reason it failed. */
export async function describeQueue(queue: Queue<PublicationJob>): Promise<string> {
  const states = ["waiting", "prioritized", "delayed", "active", "completed", "failed"] as const;
  const counts = await queue.getJobCounts(...states);
  const waiting = counts.waiting + counts.prioritized;
  const lines = [
    `${waiting} waiting, ${counts.active} active, ${counts.delayed} to be tried again, ` +
      `${counts.completed} done, ${counts.failed} failed`,
  ];
  // Newest first, as BullMQ keeps them; every one, since each is a publication to fix.
  for (const job of await queue.getFailed(0, -1)) lines.push(failure(job));
  return `${lines.join("\n")}\n`;
}

function failure(job: Job<PublicationJob>): string {
  const tries = job.attemptsMade > 1 ? ` (after ${job.attemptsMade} tries)` : "";
  return `✖ ${job.data.manuscript}${tries}:\n${indent(job.failedReason)}`;
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");

export interface WaitOptions {
  /** Called with a progress line each time it changes. */
  progress: (line: string) => void;
  /** How often to ask Redis, in milliseconds. */
  intervalMs?: number;
  signal?: AbortSignal;
}

/** Follows the jobs of `ids` until each is done or failed; resolves to the failed ones. */
export async function waitFor(queue: Queue<PublicationJob>, ids: string[], options: WaitOptions) {
  const open = new Set(ids);
  let done = 0;
  const failed: Job<PublicationJob>[] = [];
  let last = "";
  for (;;) {
    // Only the jobs not yet finished are asked about: the question shrinks as the batch goes.
    const states = await Promise.all(
      [...open].map(async (id) => [id, await queue.getJobState(id)] as const),
    );
    for (const [id, state] of states) {
      if (state === "completed") done++;
      else if (state === "failed") failed.push((await queue.getJob(id))!);
      else if (state !== "unknown") continue;
      open.delete(id); // finished, or removed (replaced by a newer batch)
    }
    const line = progressLine(ids.length, done, failed.length);
    if (line !== last) options.progress((last = line));
    if (open.size === 0) return failed;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 500));
    options.signal?.throwIfAborted();
  }
}

/** `[#########-----------]  45/100 done, 1 failed` */
function progressLine(total: number, done: number, failed: number): string {
  const width = 30;
  const filled = Math.round(((done + failed) / Math.max(total, 1)) * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  return `${bar} ${String(done).padStart(String(total).length)}/${total} done, ${failed} failed`;
}
