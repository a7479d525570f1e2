// Ace by DAISY, the accessibility checker EPUB publishers use: no violations.
// It drives its own puppeteer, pointed at the browser Folio finds (as the
// build does) through PUPPETEER_EXECUTABLE_PATH; it passes --no-sandbox
// itself, which running as root needs.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { browserHelp, findBrowser } from "../../browser/find.ts";
import { BrowserNotFoundError, CheckerUnavailable } from "../../errors.ts";
import { runTool } from "../exec.ts";
import { type Check, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

// The package's bin is `ace-cli`: `npx ace` would fetch an unrelated package named "ace".
const ACE = join(
  dirname(createRequire(import.meta.url).resolve("@daisy/ace-cli/package.json")),
  "bin",
  "ace.js",
);

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
export async function ace(
  epub: string,
  outDir: string,
  browser: string,
  env: Record<string, string | undefined> = process.env,
  signal?: AbortSignal,
): Promise<AceReport> {
  await runTool(process.execPath, [ACE, "--silent", "--force", "--outdir", outDir, epub], {
    env: { ...env, PUPPETEER_EXECUTABLE_PATH: browser },
    signal,
  }).catch((error: Error) => {
    if (signal?.aborted) throw error;
    throw new CheckerUnavailable(`Ace by DAISY failed to run: ${error.message}`);
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
  return {
    outcome: report["earl:result"]["earl:outcome"],
    violations,
    missingMetadata: report["a11y-metadata"]?.missing ?? [],
  };
}

export const aceCheck: Check<EpubContext> = {
  id: "ace",
  title: "Ace by DAISY: no accessibility violations",
  async run({ path, env, browser, epub, signal }) {
    const found = await findBrowser({ path: browser, env }).catch((error: Error) => {
      throw error instanceof BrowserNotFoundError
        ? new CheckerUnavailable(`no browser for Ace: ${error.message}`)
        : error;
    });
    if (!found) throw new CheckerUnavailable(`no browser for Ace: ${browserHelp}`);
    const outDir = await mkdtemp(join(tmpdir(), "folio-ace-"));
    try {
      const report = await ace(path, outDir, found.executablePath, env, signal);
      // Ace names files from the package document's folder; the report names them from the zip's root.
      const book = await epub();
      const opf = await book.opfPath();
      const problems = report.violations.map((v) =>
        problem({
          file: v.file ? book.resolve(opf, v.file) : undefined,
          message: `${v.impact}: ${String(v.description ?? "").split("\n")[0]}`,
          ruleId: v.rule,
          source: "ace",
        }),
      );
      if (problems.length === 0 && report.outcome !== "pass") {
        problems.push(problem({ message: `Ace's outcome is “${report.outcome}”`, source: "ace" }));
      }
      return problems;
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },
};
