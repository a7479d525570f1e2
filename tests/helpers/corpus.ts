// Real material nobody here wrote (../shared/corpus/real, read at run time,
// never copied into the project), taken as a user takes it: manuscripts
// built with `--check`, saved pages imported, built and checked. What each
// step said and which checks failed, for the tests to read.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PublicationReport } from "../../scripts/check/report.ts";
import { slugOf } from "../../scripts/manuscript/find.ts";
import { type Run, runFolio } from "./run.ts";

/** A path inside ../shared/corpus/real, beside the project wherever it is. */
export function corpus(path: string): string {
  return fileURLToPath(new URL(`../../../shared/corpus/real/${path}`, import.meta.url));
}

/** The check's report of a publication, as `npm run check` writes it beside the editions; undefined if none. */
export async function checkReport(
  outDir: string,
  slug: string,
): Promise<PublicationReport | undefined> {
  const json = await readFile(join(outDir, `${slug}.check.json`), "utf8").catch(() => undefined);
  return json === undefined ? undefined : (JSON.parse(json) as PublicationReport);
}

/**
 * Every check that did not pass, a line each with its problems. With
 * `manuscript: false` the manuscript's own checks are left out: a real
 * manuscript may keep warnings (an image it never shipped, a link to a page of
 * its old site), while its editions must pass.
 */
export function failedChecks(report: PublicationReport, { manuscript = true } = {}): string[] {
  return report.editions
    .filter((edition) => manuscript || edition.edition !== "manuscript")
    .flatMap(({ edition, results }) =>
      results
        .filter((result) => result.status !== "pass")
        .map((result) => {
          const problems = result.problems.map(
            (p) =>
              `  ${p.page ? `page ${p.page}: ` : p.line ? `line ${p.line}: ` : p.file ? `${p.file}: ` : ""}${p.message}`,
          );
          return [`${edition}: ${result.title}`, ...problems, result.reason ?? ""]
            .filter(Boolean)
            .join("\n");
        }),
    );
}

/** The errors a build printed (`path:line:column: error: …`): warnings aside, what stopped a publication. */
export function buildErrors(stderr: string): string[] {
  return stderr.split("\n").filter((line) => /^\S+:\d+:\d+: error: /.test(line));
}

export interface Checked {
  build: Run;
  /** The check's report of each publication, by slug. */
  reports: Map<string, PublicationReport>;
}

/**
 * Builds the manuscripts (files or book folders) into `outDir` and checks
 * every edition. The build's exit code is the check's: 1 for a manuscript's
 * warnings too, so read `buildErrors()` and the reports rather than the code.
 */
export async function buildAndCheck(inputs: string[], outDir: string): Promise<Checked> {
  const build = await runFolio([
    "build",
    ...inputs,
    "--out",
    outDir,
    "--timeout",
    "300",
    "--force",
    "--check",
  ]);
  const reports = new Map<string, PublicationReport>();
  for (const slug of inputs.map(slugOf)) {
    const report = await checkReport(outDir, slug);
    if (report) reports.set(slug, report);
  }
  return { build, reports };
}

export interface SavedPage {
  imported: Run;
  /** Each check that failed, as failedChecks() gives them; undefined if the check wrote no report. */
  failed?: string[];
}

/** Imports each saved page (`readability/<name>/source.html`) under its name as slug, then builds and checks them all in `work`. */
export async function importBuildCheck(
  pages: string[],
  work: string,
): Promise<{ pages: Map<string, SavedPage>; build: Run; check: Run }> {
  const manuscript = join(work, "manuscript");
  const out = join(work, "out");
  const found = new Map<string, SavedPage>();
  for (const page of pages) {
    found.set(page, {
      imported: await runFolio([
        "import",
        corpus(`readability/${page}/source.html`),
        "--out",
        manuscript,
        "--slug",
        page,
      ]),
    });
  }
  const build = await runFolio(["build", manuscript, "--out", out, "--timeout", "300"]);
  const check = await runFolio(["check", out, "--manuscript", manuscript]);
  for (const [page, result] of found) {
    const report = await checkReport(out, page);
    if (report) result.failed = failedChecks(report);
  }
  return { pages: found, build, check };
}
