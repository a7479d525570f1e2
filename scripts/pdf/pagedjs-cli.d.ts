// pagedjs-cli 0.4.3 ships no typings: this declares the part Folio uses
// (node_modules/pagedjs-cli/src/printer.js).
declare module "pagedjs-cli" {
  import type { EventEmitter } from "node:events";
  import type { Browser, Page } from "puppeteer-core";

  export interface PrinterOptions {
    /** Connect to this browser instead of launching one. */
    browserEndpoint?: string;
    /** Needed with allowedPaths: file:// requests are aborted otherwise. */
    allowLocal?: boolean;
    allowRemote?: boolean;
    /** Non-empty allowedPaths or allowedDomains turn request interception on. */
    allowedPaths?: string[];
    allowedDomains?: string[];
    /** Page timeout in ms; 0 waits forever. */
    timeout?: number;
    /** When true (the default), a failed render closes the browser, even a connected one. */
    closeAfter?: boolean;
    additionalScripts?: string[];
    styles?: string[];
    emulateMedia?: string;
    enableWarnings?: boolean;
  }

  /** What Paged.js reports for each laid-out page, boxes in points. */
  export interface PagedPage {
    id: string;
    width: number;
    height: number;
    position: number;
    boxes: Record<"media" | "crop", { width: number; height: number; x: number; y: number }>;
  }

  export default class Printer extends EventEmitter {
    constructor(options?: PrinterOptions);
    browser?: Browser;
    pages: PagedPage[];
    setup(): Promise<Browser>;
    /** Loads the document, runs Paged.js and resolves with the laid-out page (left open). */
    render(input: string | { url?: string; html?: string }): Promise<Page>;
    pdf(input: string | { url?: string; html?: string }, options?: { outlineTags?: string[] }): Promise<Uint8Array>;
    close(): Promise<void>;
  }
}
