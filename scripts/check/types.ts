// What every checker reports: one line of the report per check, passed,
// failed (with each problem and where it is) or not run (with why not).

/** pass: ✔; fail: ✖ with problems (exit 1); error: the checker could not run (exit 2). */
export type Status = "pass" | "fail" | "error";

/** One thing wrong, and where: a manuscript's line and column, a PDF's page, a file inside the EPUB. */
export interface Problem {
  message: string;
  /** The manuscript, author file, or the file inside the EPUB (`OEBPS/article.xhtml`). */
  file?: string;
  line?: number;
  column?: number;
  /** A PDF's page, from 1. */
  page?: number;
}

export interface CheckResult {
  id: string;
  title: string;
  status: Status;
  problems: Problem[];
  /** Why the checker could not run, when status is "error". */
  reason?: string;
}

/** One check: it resolves to the problems it found, none when all is well. */
export interface Check<Context> {
  id: string;
  title: string;
  run(context: Context): Promise<Problem[]>;
}
