// Runs the command-line tools the checkers stand on. A tool that is not
// installed is not a failed check but a checker that could not run: the
// message says what to install.
import { execFile } from "node:child_process";
import { CheckerUnavailable } from "./types.ts";

/** How to get each tool, for the message when it is missing. */
const INSTALL: Record<string, string> = {
  java: "EPUBCheck needs a Java runtime (Debian: apt-get install default-jre-headless epubcheck)",
  qpdf: "Debian: apt-get install qpdf",
  pdftotext: "Debian: apt-get install poppler-utils",
  pdffonts: "Debian: apt-get install poppler-utils",
  pdftoppm: "Debian: apt-get install poppler-utils",
  pdfinfo: "Debian: apt-get install poppler-utils",
};

export interface ToolResult {
  stdout: string;
  stderr: string;
  code: number;
}

export interface ToolOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  /** Exit codes that are answers, not failures (qpdf --check exits 3 on warnings). */
  okCodes?: number[];
  /** Ctrl-C: the tool is killed, and the promise rejects with the abort. */
  signal?: AbortSignal;
}

/**
 * Runs `command`; resolves with its output. Rejects with CheckerUnavailable when
 * the tool is missing or hangs, and with a plain Error when it fails on the file
 * (a PDF poppler cannot read is a failed check, not a missing checker).
 */
export function runTool(command: string, args: string[], options: ToolOptions = {}): Promise<ToolResult> {
  const { env, timeoutMs = 120_000, okCodes = [0], signal } = options;
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, signal, timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (signal?.aborted) return reject(signal.reason);
      const code = typeof error?.code === "number" ? error.code : error ? -1 : 0;
      if ((error as { code?: unknown } | null)?.code === "ENOENT") {
        reject(new CheckerUnavailable(`\`${command}\` is not installed (${INSTALL[command] ?? "install it"})`));
      } else if (okCodes.includes(code)) {
        resolve({ stdout, stderr, code });
      } else {
        const said = (stderr || stdout).trim().split("\n").slice(0, 3).join(" ");
        if (error?.killed) reject(new CheckerUnavailable(`\`${command}\` timed out after ${timeoutMs / 1000} s`));
        else reject(new Error(`\`${command}\` failed: ${said || `exit ${code}`}`));
      }
    });
  });
}

/** Runs `command` and returns its output as bytes (pdftoppm's images). */
export function runToolBinary(command: string, args: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { encoding: "buffer", maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if ((error as { code?: unknown } | null)?.code === "ENOENT") {
        reject(new CheckerUnavailable(`\`${command}\` is not installed (${INSTALL[command] ?? "install it"})`));
      } else if (error) {
        reject(new Error(`\`${command}\` failed: ${stderr.toString().trim() || error.message}`));
      } else resolve(stdout);
    });
  });
}
