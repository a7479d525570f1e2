#!/usr/bin/env node
// The entry point: runs main() with this process's arguments, turns Ctrl-C and
// SIGTERM into an abort (the browser is closed, temporary files removed), and
// is the only place that sets the exit code.
import { main } from "./main.ts";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort(signal));
}

process.exitCode = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
