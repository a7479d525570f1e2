// What every checker reports: one line of the report per check, passed,
// failed (with each problem and where it is) or not run (with why not). A
// problem is a vfile message, as the build's are: its reason, its place, the
// id of the rule (the check's, or the finer one of the checker that found
// it) and its source (the checker), so that the build's messages about a
// manuscript go into the report as they are and the report prints every
// problem the one way the build does (report.ts).
import { VFileMessage } from "vfile-message";

/** pass: ✔; fail: ✖ with problems (exit 1); error: the checker could not run (exit 2). */
export type Status = "pass" | "fail" | "error";

/** A problem: a vfile message with, in a PDF, its page. */
export interface CheckMessage extends VFileMessage {
  /** A PDF's page, from 1. */
  page?: number;
}

/**
 * What a check found and where; the rule and the checker where not the check
 * itself, which runCheck fills in.
 */
export interface Found {
  message: string;
  /** The manuscript, author file or file inside the EPUB (`OEBPS/article.xhtml`); else the edition. */
  file?: string;
  line?: number;
  column?: number;
  page?: number;
  ruleId?: string;
  source?: string;
  /** A warning fails the check as an error does, but is printed as one (EPUBCheck's). */
  warning?: boolean;
}

/** A problem found by a check, as a message. */
export function problem({
  message: reason,
  file,
  line,
  column,
  page,
  ruleId,
  source,
  warning,
}: Found): CheckMessage {
  const place = line === undefined ? undefined : { line, column: column ?? 1 };
  const message: CheckMessage = new VFileMessage(reason, { place, ruleId, source });
  if (file) message.file = file;
  if (page !== undefined) message.page = page;
  message.fatal = !warning;
  return message;
}

export interface CheckResult {
  id: string;
  title: string;
  status: Status;
  problems: CheckMessage[];
  /** Why the checker could not run, when status is "error". */
  reason?: string;
}

/** One check: it resolves to the problems it found, none when all is well. */
export interface Check<Context> {
  id: string;
  title: string;
  run(context: Context): Promise<CheckMessage[]>;
}
