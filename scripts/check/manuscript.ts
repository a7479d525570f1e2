// The manuscript's checks: it is loaded as the build loads it, and each of the
// build's messages, warnings included, fails the report line that owns it:
// the message itself, its place, rule id and source as the build gave them.
// The loader reads the body with the front matter, so that a run shows the
// problems of both.
import type { VFile } from "vfile";
import { loadPublication, ManuscriptError } from "../manuscript/load.ts";
import type { Publication } from "../model.ts";
import { MANUSCRIPT_RULES, OTHER_RULE } from "./manuscript-rules.ts";
import { SOURCE } from "./run-checks.ts";
import { type CheckMessage, type CheckResult, problem } from "./types.ts";

export interface ManuscriptReport {
  results: CheckResult[];
  /** Absent when the manuscript has errors: the editions can't be compared with it. */
  publication?: Publication;
}

export async function checkManuscript(
  path: string,
  cwd: string,
  paper?: "a4" | "letter",
): Promise<ManuscriptReport> {
  let files: VFile[];
  let publication: Publication | undefined;
  try {
    ({ publication, files } = await loadPublication(path, cwd));
    if (paper) publication.meta.paper = paper; // the build's --paper, over the front matter's
  } catch (error) {
    if (!(error instanceof ManuscriptError)) throw error;
    files = error.files;
  }
  const [file] = files;
  const unreadable = file.value === undefined; // not UTF-8 text: nothing more can be read

  const messages = files.flatMap((f) => f.messages.map((message) => ({ file: f, message })));
  const claimed = new Set<unknown>();
  const results: CheckResult[] = [];
  for (const rule of [...MANUSCRIPT_RULES, OTHER_RULE]) {
    const { id, title } = rule;
    if (rule.body && unreadable) {
      const message = "not checked: the file could not be read as text";
      const unread = problem({ file: file.path, message, ruleId: id, source: SOURCE });
      results.push({ id, title, status: "fail", problems: [unread] });
      continue;
    }
    const owned = messages.filter(({ message }) => !claimed.has(message) && rule.owns(message));
    for (const { message } of owned) claimed.add(message);
    // The build's own messages, as it prints them.
    const problems: CheckMessage[] = owned.map(({ message }) => message);
    results.push({ id, title, status: problems.length > 0 ? "fail" : "pass", problems });
  }
  return { results, publication };
}
