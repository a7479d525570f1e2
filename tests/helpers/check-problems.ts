// A check's problems, which are vfile messages, as the plain fields a test
// compares: the reason as `message`, and the file, place and page where the
// message has them.
import type { CheckMessage } from "../../scripts/check/types.ts";

export interface PlainProblem {
  message: string;
  file?: string;
  line?: number;
  column?: number;
  page?: number;
}

export function plainProblems(problems: CheckMessage[]): PlainProblem[] {
  return problems.map(({ reason, file, line, column, page }) => ({
    ...(file ? { file } : {}),
    ...(line !== undefined ? { line, column } : {}),
    ...(page !== undefined ? { page } : {}),
    message: reason,
  }));
}
