// One publication's editions, made side by side in the build's one browser,
// and written only once all of them are ready.
import { join, relative } from "node:path";
import type { Browser } from "puppeteer-core";
import { EnvironmentError } from "./errors.ts";
import type { Edition, Publication } from "./model.ts";
import { outputName } from "./output/edition-names.ts";
import { type BuildRecord, fingerprintName, stampOf } from "./output/fingerprint.ts";
import { type OutputFile, writeAtomically } from "./output/write-atomic.ts";
import type { PagedPages } from "./pdf/paged-pages.ts";
import { formatSize } from "./report.ts";
import type { Timings } from "./timings.ts";

export interface EditionsOptions {
  editions: Edition[];
  outDir: string;
  cwd: string;
  /** The build's browser, once it has started. */
  browser: Promise<Browser>;
  /** Its pages ready to lay out PDFs (when a print edition is asked for). */
  pages?: PagedPages;
  date?: Date;
  timeoutMs?: number;
  timings: Timings;
  signal?: AbortSignal;
  progress: (line: string) => void;
}

/**
 * Makes and writes a publication's editions, with `record` (what its load
 * read and said) beside them; throws an EnvironmentError naming each one that failed.
 */
export async function makeEditions(
  publication: Publication,
  record: BuildRecord,
  options: EditionsOptions,
): Promise<void> {
  const { browser, pages, date, signal, timeoutMs, timings } = options;
  // A line before the long part, so that a book's build shows what it is doing (and a test knows when the layout has begun).
  options.progress(`… ${publication.slug}: making the ${options.editions.join(", ")}`);
  const results = await Promise.allSettled(
    options.editions.map(async (edition): Promise<OutputFile & { pages?: number }> => {
      const name = outputName(publication.slug, edition);
      // Loaded here, not at start-up: pdf-lib and the EPUB writer load while the browser starts its work.
      if (edition === "epub") {
        const { makeEpubEdition } = await import("./epub/edition.ts");
        return {
          name,
          bytes: await timings.time("epub", async () =>
            makeEpubEdition(publication, { date, browser: await browser }),
          ),
        };
      }
      const { makePrintEdition } = await import("./pdf/edition.ts");
      // The build makes the pages whenever a print edition is asked for.
      const pdf = await makePrintEdition(publication, edition, {
        pages: pages!,
        date,
        signal,
        timeoutMs,
        timings,
      });
      return { name, bytes: pdf.bytes, pages: pdf.pageCount };
    }),
  );
  signal?.throwIfAborted();
  const failures = results.flatMap((result, i) => {
    if (result.status === "fulfilled") return [];
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    return [`${publication.file.path}: the ${options.editions[i]} edition failed: ${reason}`];
  });
  if (failures.length > 0) throw new EnvironmentError(failures.join("\n"));

  const outputs = results.map(
    (r) => (r as PromiseFulfilledResult<OutputFile & { pages?: number }>).value,
  );
  // What the download page and the catalog show of it (scripts/publish/), written with the editions.
  const { entryFiles } = await import("./publish/entry.ts");
  const made = outputs.map((file, i) => ({ ...file, edition: options.editions[i] }));
  const entry = await timings.time("publish", async () =>
    entryFiles(publication, made, { ...options, date }),
  );
  const stamp = {
    name: fingerprintName(publication.slug),
    bytes: stampOf(record, [...outputs, ...entry]),
  };
  await timings.time("write", () => writeAtomically(options.outDir, [...outputs, ...entry, stamp]));
  for (const file of outputs) {
    const pages = file.pages ? `${file.pages} page${file.pages > 1 ? "s" : ""}, ` : "";
    options.progress(
      `✔ ${relative(options.cwd, join(options.outDir, file.name))}  (${pages}${formatSize(file.bytes.length)})`,
    );
  }
}
