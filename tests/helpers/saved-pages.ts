// Saved news pages of the corpus (../shared/corpus/real/readability/<name>/,
// read where they are) taken the way a user takes them: `folio import` each
// into one manuscript folder, `folio build` the folder, `folio check` what was
// built. What each step said, and the check's report, for the tests to read.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CheckResult } from "../../scripts/check/types.ts";
import { type Run, runFolio } from "./run.ts";

export const savedPages = fileURLToPath(new URL("../../../shared/corpus/real/readability/", import.meta.url));

export interface SavedPage {
  imported: Run;
  /** Each check that failed, with its problems, as `npm run check` reports it; undefined if it wrote no report. */
  failed?: string[];
}

/** Imports each page under its own name as slug, then builds and checks them all in `work`. */
export async function importBuildCheck(pages: string[], work: string): Promise<{ pages: Map<string, SavedPage>; build: Run; check: Run }> {
  const manuscript = join(work, "manuscript");
  const out = join(work, "out");
  const found = new Map<string, SavedPage>();
  for (const page of pages) {
    found.set(page, { imported: await runFolio(["import", join(savedPages, page, "source.html"), "--out", manuscript, "--slug", page]) });
  }
  const build = await runFolio(["build", manuscript, "--out", out, "--timeout", "300"]);
  const check = await runFolio(["check", out, "--manuscript", manuscript]);
  for (const [page, result] of found) {
    const report = await readFile(join(out, `${page}.check.json`), "utf8").catch(() => undefined);
    if (!report) continue;
    const editions = (JSON.parse(report) as { editions: { edition: string; results: CheckResult[] }[] }).editions;
    result.failed = editions.flatMap(({ edition, results }) => results.filter((r) => r.status !== "pass").map((r) =>
      [`${edition}: ${r.title}`, ...r.problems.map((p) => `  ${p.page ? `page ${p.page}: ` : p.line ? `line ${p.line}: ` : ""}${p.message}`), r.reason ?? ""]
        .filter(Boolean).join("\n")));
  }
  return { pages: found, build, check };
}
