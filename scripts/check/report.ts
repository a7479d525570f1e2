// The report a person reads: grouped by publication and edition, a line per
// check with ✔ or ✖, and under each ✖ what is wrong and where — file:line:column
// in a manuscript, the page of a PDF, the file inside an EPUB — then the
// message as the build prints its own (`error: reason [rule-id]`). The JSON
// report beside the editions holds the same, every problem included.
import { VFileMessage } from "vfile-message";
import type { Edition } from "../model.ts";
import { describeMessage } from "../report.ts";
import type { CheckMessage, CheckResult, Status } from "./types.ts";

export interface EditionReport {
  edition: "manuscript" | Edition;
  /** As given or relative to the working folder. */
  file: string;
  results: CheckResult[];
}

export interface PublicationReport {
  publication: string;
  status: Status;
  editions: EditionReport[];
}

const LABELS: Record<EditionReport["edition"], string> = {
  manuscript: "manuscript",
  pdf: "download PDF",
  handout: "handout PDF",
  epub: "EPUB",
};
/** Problems shown per check; the JSON report has them all. */
const SHOWN = 12;

/** error over fail over pass: a check that could not run must not pass for a failure, nor a failure for a pass. */
export function worst(statuses: Status[]): Status {
  return statuses.includes("error") ? "error" : statuses.includes("fail") ? "fail" : "pass";
}

export function publicationReport(
  publication: string,
  editions: EditionReport[],
): PublicationReport {
  return {
    publication,
    status: worst(editions.flatMap((e) => e.results.map((r) => r.status))),
    editions,
  };
}

export function formatPublication(report: PublicationReport): string {
  const lines = [report.publication];
  for (const { edition, file, results } of report.editions) {
    lines.push(`  ${LABELS[edition]}  ${file}`);
    for (const result of results) {
      if (result.status === "error") {
        lines.push(`    ✖ ${result.title}: could not run: ${result.reason}`);
        continue;
      }
      lines.push(`    ${result.status === "pass" ? "✔" : "✖"} ${result.title}`);
      for (const problem of result.problems.slice(0, SHOWN)) {
        lines.push(`        ${where(problem, file)}${describeMessage(problem)}`);
      }
      if (result.problems.length > SHOWN)
        lines.push(`        … and ${result.problems.length - SHOWN} more (see the JSON report)`);
    }
  }
  return lines.join("\n");
}

export function formatSummary(reports: PublicationReport[]): string {
  const results = reports.flatMap((r) => r.editions.flatMap((e) => e.results));
  const count = (status: Status) => results.filter((r) => r.status === status).length;
  const status = worst(reports.map((r) => r.status));
  const parts = [`${count("pass")} passed`, `${count("fail")} failed`];
  if (count("error") > 0) parts.push(`${count("error")} could not run`);
  const publications = `${reports.length} publication${reports.length === 1 ? "" : "s"}`;
  return `${status === "pass" ? "✔" : "✖"} ${publications}, ${results.length} checks: ${parts.join(", ")}`;
}

/**
 * `file:line:column: ` (an editor's link), or the file inside the EPUB, then
 * `page N: `, for what the problem names; the edition, which the group's
 * heading names, is not said again.
 */
function where({ file, line, column, page }: CheckMessage, edition: string): string {
  const named = file && file !== edition ? `${file}: ` : "";
  const place = line !== undefined ? `${file}:${line}:${column ?? 1}: ` : named;
  return page !== undefined ? `${place}page ${page}: ` : place;
}

/** The report as JSON: each problem as its fields, not as the Error a message also is. */
export function reportJson(report: PublicationReport): string {
  return JSON.stringify(
    report,
    (_, value) => {
      if (!(value instanceof VFileMessage)) return value;
      const { file, line, column, page, ruleId, source, fatal, reason } = value as CheckMessage;
      const severity = fatal ? "error" : "warning";
      return { file, line, column, page, ruleId, source, severity, message: reason };
    },
    2,
  );
}
