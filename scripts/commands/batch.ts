// `folio batch`: queues publications for the workers (scripts/batch/), or
// reports on the queue; with --wait, follows this batch to its end.
import { parseArgs } from "node:util";
import { enqueue } from "../batch/enqueue.ts";
import { openQueue } from "../batch/queue.ts";
import { connectRedis, DEFAULT_REDIS_URL, redisUrl } from "../batch/redis.ts";
import { describeQueue, waitFor } from "../batch/status.ts";
import type { Edition } from "../model.ts";
import { EDITIONS } from "../output/edition-names.ts";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";

const usage = `Usage: folio batch [manuscript.md | book folder | folder ...] [options]
       folio batch --status

Queues one job per publication for the workers (\`folio worker\`) and returns
at once. Paths are kept relative to this folder: run the workers in the same
shared folder. A publication queued before and unchanged since is not queued
again; a changed one replaces its job if no worker has taken it yet.

Options:
  --out <folder>       where the workers write the editions (default: output)
  --edition <name>     pdf, handout or epub; repeat for several (default: all three)
  --redis <url>        the Redis server that holds the queue
                       (or FOLIO_REDIS_URL; default: ${DEFAULT_REDIS_URL})
  --wait               follow the batch to its end with a progress line; exit 1 if a job failed
  --status             print how many jobs wait, run, are done and failed, and why each failed
  --help               show this text
`;

export const batchCommand: Command = {
  usage,
  async run({ argv, cwd, env, stdout, stderr, signal }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "output" },
        edition: { type: "string", multiple: true },
        redis: { type: "string" },
        wait: { type: "boolean", default: false },
        status: { type: "boolean", default: false },
      },
    });
    const editions = (values.edition ?? EDITIONS) as Edition[];
    const unknown = editions.find((e) => !EDITIONS.includes(e));
    if (unknown) throw new UsageError(`Unknown edition \`${unknown}\`: use pdf, handout or epub`);
    if (values.status && positionals.length > 0) {
      throw new UsageError("--status takes no manuscripts: it reports on the whole queue");
    }

    const redis = await connectRedis(redisUrl(values.redis, env));
    const queue = openQueue(redis);
    try {
      if (values.status) {
        stdout.write(await describeQueue(queue));
        return 0;
      }
      const inputs = positionals.length > 0 ? positionals : ["manuscript"];
      const asked = { inputs, cwd, outDir: values.out, editions: [...new Set(editions)] };
      const batch = await enqueue(queue, redis, asked);
      const others = [
        batch.present && `${batch.present} unchanged, queued or built already`,
        batch.replaced && `${batch.replaced} stale job${batch.replaced > 1 ? "s" : ""} replaced`,
        batch.retried && `${batch.retried} failed job${batch.retried > 1 ? "s" : ""} queued again`,
      ].filter(Boolean);
      const also = others.length > 0 ? ` (${others.join("; ")})` : "";
      stdout.write(`Queued ${batch.queued} publication${batch.queued === 1 ? "" : "s"}${also}.\n`);
      if (!values.wait) return 0;
      const progress = (line: string) => stdout.write(`${line}\n`);
      const failed = await waitFor(queue, batch.ids, { signal, progress });
      for (const job of failed) stderr.write(`✖ ${job.data.manuscript}:\n${job.failedReason}\n`);
      return failed.length > 0 ? 1 : 0;
    } finally {
      await queue.close();
      redis.disconnect();
    }
  },
};
