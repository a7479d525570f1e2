// The part of Paged.js 0.4.3's browser API that Folio's handlers use, typed
// from its sources (node_modules/pagedjs/src: modules/handler.js, chunker/*).
// pagedjs-cli's browser script sets `window.Paged` before the handler bundle runs.

/** Where layout resumes: in the source (`chunker.source`), not on a page. */
export interface BreakToken {
  node: Node;
  offset: number;
  equals(other: BreakToken | undefined): boolean;
}

/** One page's layout pass (chunker/layout.js). */
export interface Layout {
  /** The page's content area. */
  bounds: DOMRect;
  /** Maps a range of rendered content to the source position it starts at. */
  createBreakToken(
    overflow: Range,
    rendered: Element,
    source: DocumentFragment,
  ): BreakToken | undefined;
  /** Finds what overflows `bounds` and (by default) cuts it from the page; the hooks onOverflow and onBreakToken run. */
  findBreakToken(
    rendered: Element,
    source: DocumentFragment,
    bounds: DOMRect,
    previous: BreakToken | undefined,
  ): BreakToken | undefined;
}

export interface Page {
  element: HTMLElement;
  /** The page's content area (`.pagedjs_page_content`). */
  area: HTMLElement;
  /** What was rendered into the area. */
  wrapper: HTMLElement;
  layoutMethod: Layout;
  startToken: BreakToken | undefined;
  endToken: BreakToken | undefined;
  /** Set by the chunker (chunker.js addPage): stops layout and resumes it at `token`, after this page. */
  _onOverflow?(token: BreakToken): void;
  /** Stops watching the page's size: when it changes, Paged.js checks the page for overflow again (page.js addListeners). */
  removeListeners(): void;
}

export interface Chunker {
  /** The Previewer's options, which every page's layout reads. */
  settings: { hyphenGlyph?: string };
  /** The whole document, every element with a `data-ref`; pages hold clones. */
  source: DocumentFragment;
  pages: Page[];
  /** Where the pages are; its `--pagedjs-page-count` is what `counter(pages)` shows. */
  pagesArea: HTMLElement;
  /** Adds a page after the last; a blank one (`:blank`) gets no content. */
  addPage(blank?: boolean): Page;
  /** Runs the layout a page per task (chunker.js render); `tick` starts each task (utils/queue.js). */
  q: { tick(this: Window, task: () => void): void };
}

/**
 * The hooks a handler may define: Paged.js's Handler constructor registers
 * each method of the subclass that has a hook's name. Listed for reference
 * and to type the handlers' methods (`implements Hooks`).
 */
export interface Hooks {
  beforeParsed?(content: DocumentFragment, chunker: Chunker): void;
  afterParsed?(parsed: DocumentFragment, chunker: Chunker): void;
  /** A page was added (a blank one too); Paged.js puts the notes carried from the page before into its note area. */
  beforePageLayout?(
    page: Page,
    content: DocumentFragment | undefined,
    breakToken: BreakToken | undefined,
    chunker: Chunker,
  ): void;
  /** A page starts: nothing is rendered into `wrapper` yet. */
  onPageLayout?(wrapper: HTMLElement, breakToken: BreakToken | undefined, layout: Layout): void;
  /** Before each measurement of the page for overflow. */
  layout?(wrapper: HTMLElement, layout: Layout): void;
  /** What to cut from the page: a range from the first content that does not fit to the end; may return another. */
  onOverflow?(
    overflow: Range | undefined,
    rendered: HTMLElement,
    bounds: DOMRect,
    layout: Layout,
  ): Range | undefined;
  /** Where the next page starts, made from the overflow (or, for a forced break, from an element); may return another. */
  onBreakToken?(
    token: BreakToken | undefined,
    overflow: Range | undefined,
    rendered: Node,
    layout: Layout,
  ): BreakToken | undefined;
  afterPageLayout?(
    pageElement: HTMLElement,
    page: Page,
    breakToken: BreakToken | undefined,
    chunker: Chunker,
  ): void;
  afterRendered?(pages: Page[], chunker: Chunker): void;
}

/** The stylesheets' keeper (polisher/polisher.js). */
export interface Polisher {
  /** Paged.js's own base stylesheet (polisher/base.js), inserted before the handlers are made. */
  base: HTMLStyleElement;
}

export interface Handler {
  chunker: Chunker;
}

export type HandlerClass = new (chunker: Chunker, polisher: Polisher, caller: unknown) => Handler;

interface PagedApi {
  Handler: HandlerClass;
  registerHandlers(...handlers: HandlerClass[]): void;
}

export const Paged = (globalThis as unknown as { Paged: PagedApi }).Paged;
