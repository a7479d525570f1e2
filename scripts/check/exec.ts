// Runs the programs the checkers stand on (Java for EPUBCheck, Node for Ace).
// A program that is not installed is not a failed check but a checker that
// could not run: the message says how to get it.
import { execFile } from "node:child_process";
import { CheckerUnavailable } from "../errors.ts";

export interface ToolResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface ToolOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Exit codes that are answers, not failures (EPUBCheck exits 1 when it finds errors). */
  okCodes?: number[];
  /** Ctrl-C: the tool is killed, and the promise rejects with the abort. */
  signal?: AbortSignal;
  /** How to get the program, said when it is missing. */
  install?: string;
}

/**
 * Runs `command`; resolves with its output. Rejects with CheckerUnavailable when
 * the program is missing or hangs, and with a plain Error when it fails on the
 * file (an EPUB EPUBCheck cannot open is a failed check, not a missing checker).
 */
export function runTool(
  command: string,
  args: string[],
  options: ToolOptions = {},
): Promise<ToolResult> {
  const { env, timeoutMs = 120_000, okCodes = [0], signal, install = "Install it." } = options;
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { env, signal, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (signal?.aborted) return reject(signal.reason);
        const code = typeof error?.code === "number" ? error.code : error ? -1 : 0;
        if ((error as { code?: unknown } | null)?.code === "ENOENT") {
          reject(new CheckerUnavailable(`\`${command}\` is not installed. ${install}`));
        } else if (okCodes.includes(code)) {
          resolve({ stdout, stderr, code });
        } else {
          const said = (stderr || stdout).trim().split("\n").slice(0, 3).join(" ");
          if (error?.killed)
            reject(new CheckerUnavailable(`\`${command}\` timed out after ${timeoutMs / 1000} s`));
          else reject(new Error(`\`${command}\` failed: ${said || `exit ${code}`}`));
        }
      },
    );
  });
}
