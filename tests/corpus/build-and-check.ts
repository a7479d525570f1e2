// The corpus tests' one step: build real manuscripts nobody here wrote (in
// ../shared/corpus/real, read at run time, never copied into the project)
// with `--check`, as a user would, and read back what the check found.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PublicationReport } from "../../scripts/check/report.ts";
import { slugOf } from "../../scripts/manuscript/find.ts";
import { type Run, runFolio } from "../helpers/run.ts";

/** A path inside ../shared/corpus/real, beside the project wherever it is. */
export function corpus(path: string): string {
  return fileURLToPath(new URL(`../../../shared/corpus/real/${path}`, import.meta.url));
}

export interface Checked {
  build: Run;
  /** The check's report of each publication, by slug. */
  reports: Map<string, PublicationReport>;
}

/** Builds the manuscripts (files or book folders) into `outDir` and checks every edition. */
export async function buildAndCheck(inputs: string[], outDir: string): Promise<Checked> {
  const build = await runFolio(["build", ...inputs, "--out", outDir, "--timeout", "300", "--force", "--check"]);
  const reports = new Map<string, PublicationReport>();
  for (const input of inputs) {
    const slug = slugOf(input);
    const json = await readFile(join(outDir, `${slug}.check.json`), "utf8").catch(() => undefined);
    if (json) reports.set(slug, JSON.parse(json) as PublicationReport);
  }
  return { build, reports };
}

/**
 * Every check of the editions that did not pass, as lines to show: the
 * manuscript's own checks are left out, since a real manuscript may keep
 * warnings (an image it never shipped, a link to a page of its old site).
 */
export function editionFailures(report: PublicationReport): string[] {
  return report.editions
    .filter((edition) => edition.edition !== "manuscript")
    .flatMap(({ edition, results }) =>
      results
        .filter((result) => result.status !== "pass")
        .map((result) => `${edition}: ${result.title}: ${result.reason ?? result.problems.slice(0, 3).map((p) => `${p.page ? `page ${p.page}: ` : p.file ? `${p.file}: ` : ""}${p.message}`).join("; ")}`),
    );
}
