// The checks of the EPUB, in the order the report lists them: the two
// validators, what Send to Kindle needs, then the manuscript's notes.
import { runCheck } from "../run-checks.ts";
import type { Check, CheckResult } from "../types.ts";
import { aceCheck } from "./ace.ts";
import { epubContext, type EpubContext } from "./context.ts";
import { coverCheck } from "./cover.ts";
import { encodingCheck } from "./encoding.ts";
import { epubcheckCheck } from "./epubcheck.ts";
import { fileNamesCheck } from "./file-names.ts";
import { navigationCheck } from "./navigation.ts";
import { notesCheck } from "./notes.ts";
import { noterefsCheck } from "./noterefs.ts";
import { sizeCheck } from "./size.ts";

/** What Send to Kindle needs: quick checks of the zip's contents. */
export const KINDLE_CHECKS: Check<EpubContext>[] = [
  sizeCheck,
  coverCheck,
  encodingCheck,
  fileNamesCheck,
  navigationCheck,
  noterefsCheck,
];

export const EPUB_CHECKS: Check<EpubContext>[] = [
  epubcheckCheck,
  aceCheck,
  ...KINDLE_CHECKS,
  notesCheck,
];

export function checkEpub(
  path: string,
  options: Parameters<typeof epubContext>[1],
): Promise<CheckResult[]> {
  const context = epubContext(path, options);
  // EPUBCheck (Java) and Ace (Chromium) take seconds each: run them side by side.
  return Promise.all(EPUB_CHECKS.map((check) => runCheck(check, context)));
}
