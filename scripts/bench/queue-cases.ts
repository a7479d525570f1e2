// The queue's measurements (issue 18): the 100 articles through `npm run batch`
// with one worker and with two, against a build of the same articles: what the
// queue costs, and what a second worker gains on this machine.
import { createServer } from "node:net";
import { folioQueue, type Measurement, type Target } from "./tools.ts";

export async function queueCases(many: string, out: (name: string) => string) {
  const port = await freePort(); // the queue's own redis-server listens there
  const queue = (workers: number): Measurement => ({
    id: workers === 1 ? "folio-100-queue" : `folio-100-queue-${workers}`,
    label: `Folio, 100 articles through the queue, ${workers} worker${workers > 1 ? "s" : ""}`,
    runs: [folioQueue([many], out(`q${workers}`), workers, port)],
  });
  const measurements = [queue(1), queue(2)];
  const targets: Target[] = [
    {
      label: "100 articles through the queue, 1 worker ≤ 1.1 × a build",
      ratio: ["folio-100-queue", "folio-100"],
      limit: 1.1,
    },
    {
      label: "100 articles, 2 workers on this machine ≤ 1.0 × 1 worker",
      ratio: ["folio-100-queue-2", "folio-100-queue"],
      limit: 1,
    },
  ];
  return { measurements, targets };
}

/** A loopback port nothing listens on. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
