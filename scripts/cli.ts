#!/usr/bin/env node
// The entry point: runs main() with this process's arguments, turns Ctrl-C and
// SIGTERM into an abort (the browser is closed, temporary files removed), and
// is the only place that sets the exit code and exits.
import { main } from "./main.ts";

const controller = new AbortController();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => controller.abort(signal));
}

const code = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
});
// Exit now: after an interrupt or a failed render, calls to a browser that is
// gone may still hold puppeteer's three-minute protocol timers, which would
// keep the process alive for nothing. Output to files and pipes is already
// written (Node writes them synchronously on Linux).
process.exit(code);
