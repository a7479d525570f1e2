// Errors a person can cause and fix, each with its exit code. The CLI prints
// their message alone; anything else is a bug and shows its stack.

/** Exit 2: the command line or the machine is wrong (no browser, a bad flag). */
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** Exit 2: a stage at the edge failed (the browser crashed or timed out). */
export class EnvironmentError extends Error {
  readonly exitCode = 2;
}
