// `folio worker`: builds the publications `folio batch` queued, until stopped.
import { parseArgs } from "node:util";
import { connectRedis, DEFAULT_REDIS_URL, redisUrl } from "../batch/redis.ts";
import { browserHelp, findBrowser } from "../browser/find.ts";
import { PUBLICATIONS_AT_ONCE } from "../build.ts";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";

const usage = `Usage: folio worker [options]

Builds the publications queued with \`folio batch\`, each into its three
editions as \`folio build\` does, in one browser kept open across jobs. Run it
in the shared folder the batch was queued from, on as many machines as you
like. Ctrl-C (or SIGTERM) finishes the jobs in hand, then stops.

Options:
  --redis <url>          the Redis server that holds the queue
                         (or FOLIO_REDIS_URL; default: ${DEFAULT_REDIS_URL})
  --concurrency <n>      how many publications it holds at once (default: ${PUBLICATIONS_AT_ONCE}, as a build:
                         two rendering while the next is read)
  --browser <path>       the Chrome or Chromium to render with (or FOLIO_BROWSER)
  --timeout <seconds>    how long one edition may take to render (default: 120)
  --lock <seconds>       how long a job stays this worker's without a sign of life before
                         another worker takes it over (default: 30, BullMQ's own)
  --help                 show this text
`;

export const workerCommand: Command = {
  usage,
  async run({ argv, cwd, env, stdout, signal }) {
    const { values } = parseArgs({
      args: argv,
      options: {
        redis: { type: "string" },
        concurrency: { type: "string", default: String(PUBLICATIONS_AT_ONCE) },
        browser: { type: "string" },
        timeout: { type: "string", default: "120" },
        lock: { type: "string", default: "30" },
      },
    });
    const concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) {
      throw new UsageError("--concurrency takes a whole number, such as 2");
    }
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new UsageError("--timeout takes a number of seconds, such as 120");
    const lock = Number(values.lock);
    if (!(lock >= 1)) throw new UsageError("--lock takes a number of seconds, such as 30");

    const found = await findBrowser({ path: values.browser, env, signal });
    if (!found) throw new UsageError(browserHelp);
    const redis = await connectRedis(redisUrl(values.redis, env));
    try {
      const { runWorker } = await import("../batch/worker.ts");
      await runWorker({
        redis,
        cwd,
        env,
        executablePath: found.executablePath,
        concurrency,
        lockMs: lock * 1000,
        timeoutMs: timeout * 1000,
        signal,
        progress: (line) => stdout.write(`${line}\n`),
      });
    } finally {
      redis.disconnect();
    }
    return signal?.reason === "SIGTERM" ? 143 : 130;
  },
};
