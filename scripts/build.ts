// The recipe: find the manuscripts, load and check each, render its editions
// (both PDFs and the EPUB's cover in one shared browser), and write a
// publication's files only once all of its editions succeeded.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { VFile } from "vfile";
import { EnvironmentError, UsageError } from "./errors.ts";
import type { FrontMatter } from "./manuscript/front-matter.ts";
import { findManuscripts, slugOf } from "./manuscript/find.ts";
import { loadPublication, ManuscriptError, type Publication } from "./manuscript/load.ts";
import { withBrowser } from "./pdf/browser.ts";
import { browserHelp, findBrowser } from "./pdf/find-browser.ts";
import { formatMessages } from "./report.ts";
import { Timings } from "./timings.ts";
import { type Edition, makeEditions, outputName } from "./editions.ts";

export interface BuildOptions {
  /** Manuscript files or folders. */
  inputs: string[];
  outDir: string;
  editions: Edition[];
  /** Build even the publications unchanged since their last build. */
  force?: boolean;
  /** Paper chosen on the command line, over each manuscript's `paper`. */
  paper?: FrontMatter["paper"];
  /** A browser executable chosen on the command line. */
  browser?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs?: number;
  signal?: AbortSignal;
  /** A line of progress for each file written. */
  progress: (line: string) => void;
  /** Warnings and errors about the manuscripts: always shown. */
  problem: (line: string) => void;
}

/** Builds every publication; resolves to false when a manuscript had errors. */
export async function build(options: BuildOptions): Promise<boolean> {
  const { cwd, signal } = options;
  const timings = new Timings();
  timings.add("start-up", process.uptime() * 1000);
  const outDir = resolve(cwd, options.outDir);
  const paths = await findManuscripts(options.inputs, cwd);

  const publications: Publication[] = [];
  let ok = true;
  const clashes = sameOutputs(paths);
  for (const [slug, [first, ...others]] of clashes) {
    for (const other of others) {
      options.problem(`${relative(cwd, other)}:1:1: error: this manuscript's editions would have the same names as those of ${relative(cwd, first)} (${outputName(slug, "pdf")}, …): rename one of the two files`);
    }
    ok = false;
  }
  const clashing = new Set(clashes.flatMap(([, same]) => same));
  const load = async () => {
    for (const path of paths.filter((p) => !clashing.has(p))) {
      let files: VFile[];
      try {
        const loaded = await timings.time("load", () => loadPublication(path, cwd));
        if (options.paper) loaded.publication.meta.paper = options.paper;
        publications.push(loaded.publication);
        files = loaded.files;
      } catch (error) {
        if (!(error instanceof ManuscriptError)) throw error;
        files = error.files;
        ok = false;
      }
      for (const line of formatMessages(files)) options.problem(line);
    }
  };

  // SOURCE_DATE_EPOCH (reproducible-builds.org): the same dates in every build.
  const epoch = options.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;

  // Every edition needs the browser (the PDFs are laid out in it, the EPUB's
  // cover drawn): it starts while the manuscripts are read.
  const found = await findBrowser({ path: options.browser, env: options.env, signal });
  if (!found) throw new UsageError(browserHelp);
  const failures: string[] = [];
  const workDir = await mkdtemp(join(tmpdir(), "folio-"));
  try {
    let loaded = 0;
    await withBrowser(found.executablePath, async (browser) => {
      timings.add("browser", performance.now() - loaded); // what was left of its start once the manuscripts were read
      for (const publication of publications) {
        signal?.throwIfAborted();
        // One publication that fails to render does not cost the others theirs.
        await makeEditions(publication, { ...options, outDir, browser, workDir, date, timings }).catch((error) => {
          if (!(error instanceof EnvironmentError) || signal?.aborted) throw error;
          failures.push(error.message);
        });
      }
    }, signal, { meanwhile: () => load().then(() => void (loaded = performance.now())) });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  options.progress(timings.summary());
  if (failures.length > 0) throw new EnvironmentError(failures.join("\n"));
  return ok;
}

/** Manuscripts (or books) whose outputs would have one name (on a case-insensitive disk too), by slug. */
function sameOutputs(paths: string[]): [string, string[]][] {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugOf(path).toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  return [...bySlug].filter(([, same]) => same.length > 1);
}
