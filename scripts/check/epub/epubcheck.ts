// W3C EPUBCheck, the validator every store runs on upload: 0 errors and 0
// warnings. Debian installs it as a bare jar, run through java; EPUBCHECK_JAR
// points at another one.
import { access, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runTool } from "../exec.ts";
import { type Check, CheckerUnavailable, type Problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

export const DEFAULT_EPUBCHECK_JAR = "/usr/share/java/epubcheck.jar";

export interface EpubcheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations?: { path: string; line: number; column: number }[];
}

export interface EpubcheckReport {
  fatal: number;
  error: number;
  warning: number;
  messages: EpubcheckMessage[];
}

/** Runs EPUBCheck on `path` and reads its JSON report (written into `workDir`). */
export async function epubcheck(
  path: string,
  workDir: string,
  env: Record<string, string | undefined> = process.env,
  signal?: AbortSignal,
): Promise<EpubcheckReport> {
  const jar = env.EPUBCHECK_JAR || DEFAULT_EPUBCHECK_JAR;
  if (!(await access(jar).then(() => true, () => false))) {
    throw new CheckerUnavailable(`EPUBCheck is not at ${jar} (Debian: apt-get install epubcheck; or set EPUBCHECK_JAR to its jar)`);
  }
  const report = join(workDir, "epubcheck.json");
  // EPUBCheck exits 1 when it finds errors; the JSON report says which.
  // A short run: the JIT's first tier and one GC thread halve Java's start-up (CPU seconds) here.
  const quick = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1"];
  await runTool("java", [...quick, "-jar", jar, path, "--json", report], { env, okCodes: [0, 1], signal });
  const text = await readFile(report, "utf8").catch(() => {
    throw new CheckerUnavailable(`EPUBCheck (${jar}) wrote no report`);
  });
  const { checker, messages } = JSON.parse(text);
  return { fatal: checker.nFatal, error: checker.nError, warning: checker.nWarning, messages };
}

export const epubcheckCheck: Check<EpubContext> = {
  id: "epubcheck",
  title: "W3C EPUBCheck: 0 errors, 0 warnings",
  async run({ path, env, signal }) {
    const workDir = await mkdtemp(join(tmpdir(), "folio-epubcheck-"));
    try {
      const report = await epubcheck(path, workDir, env, signal);
      const problems: Problem[] = [];
      for (const m of report.messages.filter((m) => ["FATAL", "ERROR", "WARNING"].includes(m.severity))) {
        // A location in the EPUB itself (a file missing from it) names the .epub: no file inside.
        const at = m.locations?.find((l) => l.path !== basename(path));
        problems.push({
          message: `${m.ID} ${m.severity.toLowerCase()}: ${m.message}`,
          ...(at ? { file: at.path, line: at.line > 0 ? at.line : undefined, column: at.column > 0 ? at.column : undefined } : {}),
        });
      }
      return problems;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
};
