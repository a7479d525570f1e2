// A real redis-server for a test file (Debian's package), on a free loopback
// port, nothing written to disk, stopped after. Without the binary the test
// fails with what to install: CI installs it (.ci/run), and a batch test that
// skipped there would prove nothing.
import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";

export interface RedisServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const args = ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"];
  const child = spawn("redis-server", args, { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const missing = "The batch tests need redis-server: `apt-get install redis-server` (Debian)";
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "ENOENT" ? new Error(missing) : error),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    child.stdout.on("data", () => output.includes("Ready to accept connections") && resolve());
  });
  return { url: `redis://127.0.0.1:${port}`, port, stop: () => stop(child) };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** A port nothing listens on: the system's pick, closed again. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
