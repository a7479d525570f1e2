// Ace by DAISY (@daisy/ace-cli, a dev dependency): the accessibility checker
// EPUB publishers use. It drives its own puppeteer, so it is pointed at the
// Chromium the build uses through PUPPETEER_EXECUTABLE_PATH; it always passes
// --no-sandbox itself, which running as root needs.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
// The package's bin is `ace-cli`: `npx ace` would fetch an unrelated package named "ace".
const ACE = fileURLToPath(new URL("../../node_modules/@daisy/ace-cli/bin/ace.js", import.meta.url));

export interface AceViolation {
  file: string;
  rule: string;
  impact: string;
  description: string;
}

export interface AceReport {
  /** The report's overall earl:outcome: "pass" or "fail". */
  outcome: string;
  violations: AceViolation[];
  /** The accessibility metadata Ace found missing (the optional ones included). */
  missingMetadata: string[];
}

/** Checks `epub`, writing Ace's reports into `outDir`, and reads its JSON report. */
export async function ace(epub: string, outDir: string, browser: string): Promise<AceReport> {
  await run(process.execPath, [ACE, "--silent", "--force", "--outdir", outDir, epub], {
    env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: browser },
    timeout: 120_000,
  });
  const report = JSON.parse(await readFile(join(outDir, "report.json"), "utf8"));
  const violations: AceViolation[] = [];
  for (const document of report.assertions ?? []) {
    for (const assertion of document.assertions ?? []) {
      if (assertion["earl:result"]?.["earl:outcome"] !== "fail") continue;
      violations.push({
        file: document["earl:testSubject"]?.url,
        rule: assertion["earl:test"]?.["dct:title"],
        impact: assertion["earl:test"]?.["earl:impact"],
        description: assertion["earl:result"]?.["dct:description"],
      });
    }
  }
  return { outcome: report["earl:result"]["earl:outcome"], violations, missingMetadata: report["a11y-metadata"]?.missing ?? [] };
}
