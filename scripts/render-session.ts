// The build's one browser and what starts with it: every edition needs it
// (the PDFs are laid out in it, the EPUB's cover drawn), so it starts first
// and the manuscripts are read while it does. The PDFs' pages start with it
// too: its first tab loads Paged.js from a start page in a work folder,
// removed when the session ends.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { withBrowser } from "./browser/launch.ts";
import { PagedPages, writePagedDocument } from "./pdf/paged-pages.ts";
import type { Timings } from "./timings.ts";

export interface RenderSession {
  browser: Promise<Browser>;
  /** Pages ready to lay out PDFs, when a print edition is asked for. */
  pages?: PagedPages;
}

export interface SessionOptions {
  executablePath: string;
  /** How many PDFs the session will lay out; none, and no Paged.js page is made. */
  documents: number;
  timings: Timings;
  timeoutMs?: number;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export async function withRenderSession<T>(
  options: SessionOptions,
  work: (session: RenderSession) => Promise<T>,
): Promise<T> {
  const { documents, timings } = options;
  const folder = await mkdtemp(join(tmpdir(), "folio-"));
  try {
    const document = documents > 0 ? await writePagedDocument(folder) : undefined;
    return await withBrowser(
      options.executablePath,
      async (browser) => {
        const launched = performance.now();
        void browser.then(
          () => timings.add("browser", performance.now() - launched),
          () => {},
        );
        const pages = document
          ? new PagedPages(browser, { folder, document, documents })
          : undefined;
        return work({ browser, pages });
        // Chromium's start is timed by the event loop, which a long manuscript's
        // reading (one synchronous step) holds up: give it as long as a render.
      },
      options.signal,
      {
        timeoutMs: Math.max(30_000, options.timeoutMs ?? 0),
        startUrl: document && pathToFileURL(document).href,
        env: options.env,
      },
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
