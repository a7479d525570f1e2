// What the checks of one EPUB share: its path, the zip read once, and where the
// external checkers come from (EPUBCHECK_JAR, the browser Ace runs in).
import { readFile } from "node:fs/promises";
import type { ManuscriptNote } from "../manuscript-notes.ts";
import { once } from "../run-checks.ts";
import { Epub } from "./read-epub.ts";

export interface EpubContext {
  path: string;
  epub(): Promise<Epub>;
  bytes(): Promise<Uint8Array>;
  env: Record<string, string | undefined>;
  /** `--browser`, for Ace; otherwise found as the build finds it. */
  browser?: string;
  /** Stops EPUBCheck and Ace, the checkers that take seconds. */
  signal?: AbortSignal;
  /** The manuscript's notes; absent when no manuscript was found or it has errors. */
  notes?: ManuscriptNote[];
}

export function epubContext(
  path: string,
  options: Pick<EpubContext, "env" | "browser" | "signal" | "notes">,
): EpubContext {
  const bytes = once(async () => new Uint8Array(await readFile(path)));
  return { path, bytes, epub: once(async () => Epub.load(await bytes())), ...options };
}
