// What a rule that moves a page break knows of the page being laid out: a type
// of its own, shared by keep-rules.ts and the helpers it calls.
import type { BreakToken, Layout } from "./paged.ts";

export interface BreakContext {
  /** What Paged.js rendered into the page so far, the overflow included. */
  wrapper: HTMLElement;
  source: DocumentFragment;
  layout: Layout;
  /** Where the page started. */
  start: BreakToken | undefined;
}
