// The recipe: find the manuscripts, load and check each, render its editions
// (both PDFs and the EPUB's cover in one shared browser), and write a
// publication's files only once all of its editions succeeded.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import type { VFile } from "vfile";
import { makeEpubEdition } from "./epub/edition.ts";
import { EnvironmentError, UsageError } from "./errors.ts";
import type { FrontMatter } from "./manuscript/front-matter.ts";
import { findManuscripts } from "./manuscript/find.ts";
import { loadPublication, ManuscriptError, type Publication } from "./manuscript/load.ts";
import { type OutputFile, writeAtomically } from "./output/write-atomic.ts";
import { withBrowser } from "./pdf/browser.ts";
import { makePrintEdition, type PrintEdition } from "./pdf/edition.ts";
import { browserHelp, findBrowser } from "./pdf/find-browser.ts";
import { formatMessages, formatSize } from "./report.ts";
import type { Browser } from "puppeteer-core";

export type Edition = PrintEdition | "epub";
export const EDITIONS: Edition[] = ["pdf", "handout", "epub"];

export interface BuildOptions {
  /** Manuscript files or folders. */
  inputs: string[];
  outDir: string;
  editions: Edition[];
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
  const outDir = resolve(cwd, options.outDir);
  const paths = await findManuscripts(options.inputs, cwd);

  const publications: Publication[] = [];
  let ok = true;
  for (const path of paths) {
    let files: VFile[];
    try {
      const loaded = await loadPublication(path, cwd);
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

  // SOURCE_DATE_EPOCH (reproducible-builds.org): the same dates in every build.
  const epoch = options.env.SOURCE_DATE_EPOCH;
  const date = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;

  const buildAll = async (browser: Browser) => {
    for (const publication of publications) {
      signal?.throwIfAborted();
      const outputs = await Promise.all(
        options.editions.map(async (edition): Promise<OutputFile & { pages?: number }> => {
          const name = outputName(publication.slug, edition);
          try {
            if (edition === "epub") return { name, bytes: await makeEpubEdition(publication, { date, browser }) };
            const pdf = await makePrintEdition(publication, edition, { browser, workDir, date, signal, timeoutMs: options.timeoutMs });
            return { name, bytes: pdf.bytes, pages: pdf.pageCount };
          } catch (error) {
            if (signal?.aborted) throw error;
            const reason = error instanceof Error ? error.message : String(error);
            throw new EnvironmentError(`${publication.file.path}: the ${edition} edition failed: ${reason}`);
          }
        }),
      );
      await writeAtomically(outDir, outputs);
      for (const file of outputs) {
        const pages = file.pages ? `${file.pages} page${file.pages > 1 ? "s" : ""}, ` : "";
        options.progress(`✔ ${relative(cwd, join(outDir, file.name))}  (${pages}${formatSize(file.bytes.length)})`);
      }
    }
  };

  const workDir = await mkdtemp(join(tmpdir(), "folio-"));
  try {
    if (publications.length === 0) return ok;
    // Every edition needs the browser: the PDFs are laid out in it, the EPUB's cover drawn.
    const found = await findBrowser({ path: options.browser, env: options.env, signal });
    if (!found) throw new UsageError(browserHelp);
    await withBrowser(found.executablePath, buildAll, signal);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
  return ok;
}

export function outputName(slug: string, edition: Edition): string {
  return { pdf: `${slug}.pdf`, handout: `${slug}-handout.pdf`, epub: `${slug}.epub` }[edition];
}
