// The recipe: find the manuscripts, skip those unchanged since their last
// build (before reading them), load and check the others, render their
// editions (both PDFs and the EPUB's cover in one shared browser), and write
// a publication's files only once all of its editions succeeded. The
// plumbing lives apart: the browser session in render-session.ts, how many
// publications are in hand in semaphore.ts, the skip in output/fingerprint.ts.
import { relative, resolve } from "node:path";
import { EnvironmentError, UsageError } from "./errors.ts";
import { browserHelp, findBrowser } from "./browser/find.ts";
import { makeEditions } from "./editions.ts";
import { findManuscripts, slugOf } from "./manuscript/find.ts";
import type { Edition, FrontMatter } from "./model.ts";
import { outputName } from "./output/edition-names.ts";
import { lastBuild, recordOf } from "./output/fingerprint.ts";
import { sourceDate } from "./output/source-date.ts";
import { publicationFiles } from "./publish/file-names.ts";
import { withRenderSession } from "./render-session.ts";
import { formatMessages } from "./report.ts";
import { semaphore } from "./semaphore.ts";
import { Timings } from "./timings.ts";

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

/** How many publications may be read and not yet written: two rendering, one being read. */
export const PUBLICATIONS_AT_ONCE = 3;

/** Builds every publication; resolves to false when a manuscript had errors. */
export async function build(options: BuildOptions): Promise<boolean> {
  const { cwd, signal } = options;
  const timings = new Timings();
  timings.add("start-up", process.uptime() * 1000);
  const outDir = resolve(cwd, options.outDir);
  const date = sourceDate(options.env);
  // What shapes the editions besides the inputs: a change builds them again.
  const shaping = { editions: options.editions, date, paper: options.paper, cwd };

  const paths = await findManuscripts(options.inputs, cwd);
  const clashing = reportClashes(paths, options);
  let ok = clashing.size === 0;
  const found = await findBrowser({ path: options.browser, env: options.env, signal });
  if (!found) throw new UsageError(browserHelp);
  const failures: string[] = [];
  const prints = options.editions.filter((e) => e !== "epub").length;
  const documents = prints * paths.length;
  const session = { ...options, executablePath: found.executablePath, documents, timings };
  await withRenderSession(session, async ({ browser, pages }) => {
    // The EPUB's cover window opens before the manuscripts are read, while the
    // Markdown tools load: opening it takes round trips to the browser, which
    // reading a long manuscript (one synchronous step) would hold up to its end,
    // 2 s for the Pandoc manual, and the cover with it. Should it fail, the
    // first cover opens one.
    const coverWindow = options.editions.includes("epub")
      ? Promise.all([browser, import("./epub/cover.ts")])
          .then(([b, cover]) => cover.openCoverWindow(b))
          .catch(() => {})
      : undefined;
    // Loaded here, not at start-up: the Markdown tools load while Chromium starts.
    const { loadPublication, ManuscriptError } = await import("./manuscript/load.ts");
    await coverWindow;
    const inFlight = semaphore(PUBLICATIONS_AT_ONCE);
    const renders: Promise<void>[] = [];
    for (const path of paths.filter((p) => !clashing.has(p))) {
      const done = await inFlight();
      signal?.throwIfAborted();
      // Its entry for the download page too: skipped only with all of its files there.
      const slug = slugOf(path);
      const names = publicationFiles(slug, options.editions);
      const last = options.force ? undefined : await lastBuild(outDir, slug, names, shaping);
      if (last) {
        for (const line of last.messages) options.problem(line);
        const again = "(--force builds it again)";
        options.progress(`· ${slug}: unchanged since its last build, skipped ${again}`);
        done();
        continue;
      }
      let loaded: Awaited<ReturnType<typeof loadPublication>>;
      try {
        loaded = await timings.time("load", () => loadPublication(path, cwd));
      } catch (error) {
        done();
        if (!(error instanceof ManuscriptError)) throw error;
        for (const line of formatMessages(error.files)) options.problem(line);
        ok = false;
        continue;
      }
      const { publication, files } = loaded;
      const messages = formatMessages(files);
      for (const line of messages) options.problem(line);
      if (options.paper) publication.meta.paper = options.paper;
      const record = await recordOf(loaded, cwd, shaping, messages);
      // It renders while the next one is read: both the browser and Node stay busy.
      const editions = { ...options, outDir, browser, pages, date, timings };
      const rendered = makeEditions(publication, record, editions);
      renders.push(settled(rendered, done, failures, signal));
    }
    await Promise.all(renders);
  });
  // The download page and the catalog, from what each publication left in the output folder.
  const { publishOutput } = await import("./publish/publish.ts");
  const { inputs, progress } = options;
  await timings.time("publish", () => publishOutput({ outDir, cwd, inputs, date, progress }));
  options.progress(timings.summary());
  if (failures.length > 0) throw new EnvironmentError(failures.join("\n"));
  return ok;
}

/**
 * A render that lets the next publication in when it ends; one that fails
 * for want of a tool does not cost the others theirs (its failure is kept).
 */
function settled(
  rendered: Promise<void>,
  done: () => void,
  failures: string[],
  signal?: AbortSignal,
): Promise<void> {
  const finished = rendered
    .catch((error) => {
      if (!(error instanceof EnvironmentError) || signal?.aborted) throw error;
      failures.push(error.message);
    })
    .finally(done);
  // Not unhandled while the next manuscripts are read: the build awaits it.
  finished.catch(() => {});
  return finished;
}

/**
 * Manuscripts (or books) whose outputs would have one name (on a
 * case-insensitive disk too): each said, none built.
 */
function reportClashes(paths: string[], options: BuildOptions): Set<string> {
  const bySlug = new Map<string, string[]>();
  for (const path of paths) {
    const slug = slugOf(path).toLowerCase();
    bySlug.set(slug, [...(bySlug.get(slug) ?? []), path]);
  }
  const clashing = new Set<string>();
  for (const [slug, [first, ...others]] of bySlug) {
    if (others.length === 0) continue;
    for (const other of others) {
      const [place, earlier] = [relative(options.cwd, other), relative(options.cwd, first)];
      options.problem(
        `${place}:1:1: error: this manuscript's editions would have the same names as those of ` +
          `${earlier} (${outputName(slug, "pdf")}, …): rename one of the two files`,
      );
    }
    for (const path of [first, ...others]) clashing.add(path);
  }
  return clashing;
}
