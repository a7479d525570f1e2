// `folio check`: each publication's manuscript, then its editions side by side
// (EPUBCheck and Ace take seconds; the PDFs are read by pdf.js meanwhile).
// Prints the report, writes `<slug>.check.json` beside the editions, and
// resolves to the exit code: 0 all passed, 1 a check failed, 2 a checker could
// not run.
import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { Edition } from "../model.ts";
import { EDITIONS, outputName } from "../output/edition-names.ts";
import { UsageError } from "../errors.ts";
import { findManuscripts, slugOf } from "../manuscript/find.ts";
import { checkEpub } from "./epub/index.ts";
import { expectationsOf, type Expectations } from "./expectations.ts";
import { findPublications, type PublicationFiles } from "./find.ts";
import { checkManuscript } from "./manuscript.ts";
import { checkPdf } from "./pdf/index.ts";
import {
  type EditionReport,
  formatPublication,
  formatSummary,
  publicationReport,
  type PublicationReport,
  reportJson,
  worst,
} from "./report.ts";
import { SOURCE } from "./run-checks.ts";
import { type CheckResult, problem } from "./types.ts";

export interface CheckOptions {
  /** Output folders or edition files; default `output`. */
  outputs?: string[];
  /** Manuscript files or folders; default `manuscript`. */
  manuscripts?: string[];
  editions?: Edition[];
  /** The build's --paper, over each manuscript's. */
  paper?: "a4" | "letter";
  /** The browser Ace runs in (the build's --browser). */
  browser?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
  write: (text: string) => void;
}

export async function check(options: CheckOptions): Promise<number> {
  const { cwd } = options;
  const publications = await findPublications(options);
  if (publications.length === 0)
    throw new UsageError("Nothing to check: no manuscript and no .pdf or .epub edition found");
  const reports: PublicationReport[] = [];
  for (const files of publications) {
    options.signal?.throwIfAborted();
    const report = await checkPublication(files, options);
    options.signal?.throwIfAborted(); // checks cut short by Ctrl-C are no report
    await mkdir(files.outDir, { recursive: true });
    const json = join(files.outDir, `${files.slug}.check.json`);
    await writeFile(json, `${reportJson(report)}\n`);
    options.write(`${formatPublication(report)}\n  → ${shownPath(cwd, json)}\n\n`);
    reports.push(report);
  }
  options.write(`${formatSummary(reports)}\n`);
  return { pass: 0, fail: 1, error: 2 }[worst(reports.map((r) => r.status))];
}

async function checkPublication(
  files: PublicationFiles,
  options: CheckOptions,
): Promise<PublicationReport> {
  const shown = (path: string) => shownPath(options.cwd, path);
  const groups: EditionReport[] = [];
  let expect: Expectations | undefined;
  if (files.manuscript) {
    const { results, publication } = await checkManuscript(
      files.manuscript,
      options.cwd,
      options.paper,
    );
    groups.push({ edition: "manuscript", file: shown(files.manuscript), results });
    expect = publication && expectationsOf(publication);
  } else {
    const where = (options.manuscripts ?? ["manuscript"]).join(", ");
    const id = "manuscript-found";
    const message =
      `no ${files.slug}.md in ${where}: name the manuscript with --manuscript, ` +
      "so that the editions can be compared with it";
    const problems = [problem({ message, ruleId: id, source: SOURCE })];
    const results: CheckResult[] = [
      { id, title: "the manuscript found", status: "fail", problems },
    ];
    groups.push({ edition: "manuscript", file: `${files.slug}.md`, results });
  }
  const editions = await Promise.all(
    files.editions.map(async ({ edition, path, exists }): Promise<EditionReport> => {
      const unbuilt = `${shown(path)} does not exist: build it with \`npm run build\``;
      const missing = [problem({ message: unbuilt, ruleId: "built", source: SOURCE })];
      const { env, browser, signal } = options;
      const results: CheckResult[] = !exists
        ? [{ id: "built", title: "built", status: "fail", problems: missing }]
        : edition === "epub"
          ? await checkEpub(path, { env, browser, signal, notes: expect?.manuscriptNotes })
          : await checkPdf(path, edition, expect);
      // A problem that names no file (a manuscript's, a file inside the EPUB) is the edition's.
      for (const result of results)
        for (const message of result.problems) message.file ||= shown(path);
      return { edition, file: shown(path), results };
    }),
  );
  return publicationReport(files.slug, [...groups, ...editions]);
}

/** A path as the report shows it: relative to where the command runs, unless that leads up and out of it. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel.startsWith("..") ? path : rel;
}

/** `folio build --check`: checks what the build just wrote, the manuscripts' editions in `outDir`. */
export async function checkBuilt(
  options: Omit<CheckOptions, "outputs" | "manuscripts"> & { inputs: string[]; outDir: string },
): Promise<number> {
  const { inputs, outDir, editions = EDITIONS, ...rest } = options;
  const slugs = (await findManuscripts(inputs, options.cwd)).map(slugOf);
  const outputs = slugs.flatMap((slug) =>
    editions.map((edition) => join(resolve(options.cwd, outDir), outputName(slug, edition))),
  );
  return check({ ...rest, editions, outputs, manuscripts: inputs });
}
