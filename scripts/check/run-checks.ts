// Runs a list of checks on one context, each into one report line. A check
// that throws CheckerUnavailable could not run (exit 2); any other throw is
// reported as a failure of that check, so that one unreadable file never hides
// the results of the others. Each problem gets the check's id as its rule and
// Folio's checker as its source, unless the checker that found it gave its own.
import { CheckerUnavailable } from "../errors.ts";
import { type Check, type CheckResult, problem } from "./types.ts";

/** The source of what Folio's own checks find (EPUBCheck's, Ace's and qpdf's name theirs). */
export const SOURCE = "folio-check";

export async function runChecks<C>(checks: Check<C>[], context: C): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  // One after the other: the checks of one file share what they read (lazily, once).
  for (const check of checks) results.push(await runCheck(check, context));
  return results;
}

export async function runCheck<C>(check: Check<C>, context: C): Promise<CheckResult> {
  const { id, title } = check;
  try {
    const problems = await check.run(context);
    for (const message of problems) {
      message.ruleId ??= id;
      message.source ??= SOURCE;
    }
    return { id, title, status: problems.length > 0 ? "fail" : "pass", problems };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof CheckerUnavailable)
      return { id, title, status: "error", problems: [], reason };
    return {
      id,
      title,
      status: "fail",
      problems: [
        problem({ message: `could not be checked: ${reason}`, ruleId: id, source: SOURCE }),
      ],
    };
  }
}

/** A value computed on first use and shared afterwards (a PDF's text, an EPUB's zip). */
export function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => (value ??= make());
}
