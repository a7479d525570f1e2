// W3C EPUBCheck, the validator every store runs on upload: 0 errors and 0
// warnings. It is Java, and nothing from npm replaces it: Debian installs it as
// a bare jar, Homebrew as a jar beside a script; EPUBCHECK_JAR points at
// another one, JAVA_HOME at another Java. Where either is missing the check
// cannot run (exit 2), and says how to get them.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { runTool } from "../exec.ts";
import { CheckerUnavailable } from "../../errors.ts";
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

/** Where Debian's package and Homebrew's formula (on Apple silicon, on Intel) put the jar. */
export const EPUBCHECK_JARS = [
  "/usr/share/java/epubcheck.jar",
  "/opt/homebrew/opt/epubcheck/libexec/epubcheck.jar",
  "/usr/local/opt/epubcheck/libexec/epubcheck.jar",
];

/** How to get Java and EPUBCheck: one paragraph, said wherever either is missing. */
export const EPUBCHECK_HELP =
  "EPUBCheck, W3C's EPUB validator, is a Java program that npm does not install. " +
  "Install a Java runtime and EPUBCheck (on Debian or Ubuntu: `apt-get install default-jre-headless epubcheck`; " +
  "on macOS: Homebrew's `brew install epubcheck`), or point EPUBCHECK_JAR at an epubcheck.jar and JAVA_HOME at a Java runtime.";

/** The jar EPUBCHECK_JAR names, else the first of the usual places that holds one; undefined if none does. */
export function epubcheckJar(env: Record<string, string | undefined>): string | undefined {
  if (env.EPUBCHECK_JAR) return existsSync(env.EPUBCHECK_JAR) ? env.EPUBCHECK_JAR : undefined;
  return EPUBCHECK_JARS.find((jar) => existsSync(jar));
}

/** JAVA_HOME's java, else the one on the PATH. */
export function javaCommand(env: Record<string, string | undefined>): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
}

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
  const jar = epubcheckJar(env);
  if (!jar)
    throw new CheckerUnavailable(
      `EPUBCheck is not at ${env.EPUBCHECK_JAR || EPUBCHECK_JARS.join(" nor at ")}. ${EPUBCHECK_HELP}`,
    );
  const report = join(workDir, "epubcheck.json");
  // EPUBCheck exits 1 when it finds errors; the JSON report says which.
  // A short run: the JIT's first tier and one GC thread halve Java's start-up (CPU seconds) here.
  const quick = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:CICompilerCount=1"];
  await runTool(javaCommand(env), [...quick, "-jar", jar, path, "--json", report], {
    env,
    okCodes: [0, 1],
    signal,
    install: EPUBCHECK_HELP,
  });
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
      const problems: CheckMessage[] = [];
      for (const m of report.messages.filter((m) =>
        ["FATAL", "ERROR", "WARNING"].includes(m.severity),
      )) {
        // A location in the EPUB itself (a file missing from it) names the .epub: no file inside.
        const at = m.locations?.find((l) => l.path !== basename(path));
        const place = at && {
          file: at.path,
          line: at.line > 0 ? at.line : undefined,
          column: at.column > 0 ? at.column : undefined,
        };
        const warning = m.severity === "WARNING";
        problems.push(
          problem({ message: m.message, ruleId: m.ID, source: "epubcheck", warning, ...place }),
        );
      }
      return problems;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  },
};
