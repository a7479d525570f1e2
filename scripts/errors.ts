// Errors a person can cause and fix, each with its exit code, in one place:
// main() prints their message alone and exits with their code, so that a new
// kind of error needs no change there. Anything else is a bug and shows its
// stack.
import type { VFile } from "vfile";

/** An error a person can act on: main() prints its message and exits with `exitCode`. */
export abstract class FolioError extends Error {
  abstract readonly exitCode: number;
}

/** Exit 2: the command line or the machine is wrong (no browser, a bad flag). */
export class UsageError extends FolioError {
  readonly exitCode = 2;
}

/** Exit 2: a stage at the edge failed (the browser crashed or timed out). */
export class EnvironmentError extends FolioError {
  readonly exitCode = 2;
}

/** Exit 2: the browser named (or the bundled one) can't be used; the message says which and why. */
export class BrowserNotFoundError extends FolioError {
  override name = "BrowserNotFoundError";
  readonly exitCode = 2;
}

/**
 * Exit 1: a manuscript has errors. Its `files` hold them as vfile messages,
 * which the build and the check print; the message itself says only that.
 */
export class ManuscriptError extends FolioError {
  readonly exitCode = 1;
  constructor(readonly files: VFile[]) {
    super("the manuscript has errors");
  }
}

/**
 * Exit 2: a checker could not run: a tool is missing (Java, a browser, qpdf)
 * or broke. The report says which and why: a gate that skipped a check must
 * never look like one that passed.
 */
export class CheckerUnavailable extends FolioError {
  override name = "CheckerUnavailable";
  readonly exitCode = 2;
}
