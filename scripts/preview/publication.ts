// One publication as the preview holds it: its last good pages for each
// edition someone is looking at, the build's messages about its manuscript,
// and the files it is made of, rebuilt on demand one build at a time. Only the
// editions open in a page are made (the other ones would double a save's
// wait on two cores), and a manuscript with errors keeps its last good pages:
// only the messages change.
import { dirname, isAbsolute, relative, resolve } from "node:path";
import type { VFile } from "vfile";
import { formatMessages } from "../report.ts";
import type { PrintEdition } from "../model.ts";
import type { PagedPages } from "../pdf/paged-pages.ts";
import { templatePath } from "../templates.ts";
import { type EpubFiles, epubFiles } from "./epub-files.ts";
import { type LaidOut, layOutEdition } from "./layout.ts";

export const PREVIEW_EDITIONS: PrintEdition[] = ["pdf", "handout"];
export type View = PrintEdition | "epub";
export const VIEWS: View[] = [...PREVIEW_EDITIONS, "epub"];

/** What the page is told after each build. */
export interface PreviewState {
  slug: string;
  title?: string;
  /** Counts the builds that laid out new pages, so that the page asks for them. */
  version: number;
  building: boolean;
  /** Page counts of the editions shown (the last good ones). */
  pages: Partial<Record<PrintEdition, number>>;
  /** The EPUB's chapters in reading order, as paths inside it. */
  chapters: string[];
  /** `file:line:column: error: …`, as the build prints them. */
  messages: string[];
}

export class PreviewedPublication {
  private version = 0;
  private attempts = 0;
  private title?: string;
  private messages: string[] = [];
  /** The laid-out print editions that pages show. */
  readonly editions = new Map<PrintEdition, LaidOut>();
  /** The EPUB's files, while a page shows it. */
  epub?: EpubFiles;
  /** The files it was made of at its last build (the manuscript, authors, images, chapters). */
  private sources = new Set<string>();
  private running?: Promise<void>;
  private again = false;
  private readonly listeners = new Set<(state: PreviewState) => void>();
  /** How many pages look at each edition. */
  private readonly looking = new Map<View, number>();

  constructor(
    readonly slug: string,
    /** The manuscript file or book folder, absolute. */
    readonly path: string,
    private readonly context: { cwd: string; pages: PagedPages; signal?: AbortSignal },
  ) {}

  /** Whether it was ever asked for: only those are built, and built again on a save. */
  get started(): boolean {
    return this.attempts > 0;
  }

  state(): PreviewState {
    const pages = Object.fromEntries([...this.editions].map(([e, laid]) => [e, laid.pageCount]));
    const { slug, title, version, messages } = this;
    const chapters = this.epub?.chapters ?? [];
    const building = this.running !== undefined;
    return { slug, title, version, building, pages, chapters, messages };
  }

  /**
   * Calls `listener` with each new state, for a page that shows `view`
   * (made first if it is not there yet); returns the function that stops it.
   */
  listen(view: View, listener: (state: PreviewState) => void): () => void {
    this.listeners.add(listener);
    this.looking.set(view, (this.looking.get(view) ?? 0) + 1);
    const made = view === "epub" ? this.epub !== undefined : this.editions.has(view);
    if (!made) void this.refresh().catch(() => {}); // fails only when stopped
    return () => {
      this.listeners.delete(listener);
      this.looking.set(view, this.looking.get(view)! - 1);
    };
  }

  /** The editions some page looks at (the download PDF when none does). */
  private viewed(): View[] {
    const viewed = VIEWS.filter((view) => (this.looking.get(view) ?? 0) > 0);
    return viewed.length > 0 ? viewed : ["pdf"];
  }

  /** Whether a change to `file` changes this publication. */
  dependsOn(file: string): boolean {
    const within = (folder: string) => {
      const rel = relative(folder, file);
      return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
    };
    // A book's new chapter is a file no build has read yet: anything in its folder counts.
    const isBook = !this.path.endsWith(".md");
    if (file === this.path || this.sources.has(file)) return true;
    return (isBook && within(this.path)) || within(dirname(templatePath("print.css")));
  }

  /** Builds now, or once more after the build under way; resolves when the pages are current. */
  refresh(): Promise<void> {
    this.attempts++;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.build();
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
      this.notify();
    });
    this.notify(); // building
    return this.running;
  }

  private async build(): Promise<void> {
    const { cwd, pages, signal } = this.context;
    // Loaded here, not at start-up, as the build does: the Markdown tools load as Chromium starts.
    const { loadPublication, ManuscriptError } = await import("../manuscript/load.ts");
    let files: VFile[];
    try {
      const loaded = await loadPublication(this.path, cwd);
      const { publication } = loaded;
      files = loaded.files;
      const views = this.viewed();
      const editions = PREVIEW_EDITIONS.filter((edition) => views.includes(edition));
      // The EPUB is made in Node while the browser lays out the PDFs.
      const { makeEpubEdition } = await import("../epub/edition.ts");
      const [epub, ...laid] = await Promise.all([
        views.includes("epub") ? makeEpubEdition(publication).then(epubFiles) : undefined,
        ...editions.map((edition) => layOutEdition(pages, publication, edition)),
      ]);
      this.epub = epub;
      this.editions.clear(); // an edition not made now would show the manuscript as it was
      for (const [i, edition] of editions.entries()) this.editions.set(edition, laid[i]);
      this.title = publication.meta.title;
      const chapters = publication.chapters.map((chapter) => chapter.file);
      const read = [...files, ...chapters].map((file) => resolve(cwd, file.path));
      this.sources = new Set([...read, ...laid.flatMap((edition) => edition.files)]);
      this.messages = formatMessages(files);
      this.version++;
    } catch (error) {
      signal?.throwIfAborted();
      if (error instanceof ManuscriptError) {
        this.messages = formatMessages(error.files);
        for (const file of error.files) this.sources.add(resolve(cwd, file.path));
      } else {
        // The browser failed, or a render timed out: said in the page, as the build says it.
        const reason = error instanceof Error ? error.message : String(error);
        this.messages = [`${relative(cwd, this.path)}: the preview failed: ${reason}`];
      }
    }
  }

  private notify(): void {
    const state = this.state();
    for (const listener of this.listeners) listener(state);
  }
}
