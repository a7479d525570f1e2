// How many lines of a paragraph a page break would send to the next page.
import type { BreakContext } from "./break-context.ts";
import { linesOf } from "./lines.ts";
import { notesToCalls } from "./note-calls.ts";
import { type Place, rangeFrom } from "./places.ts";
import { sourceElement } from "./source-index.ts";
import { sourceText, textAtStart } from "./source-text.ts";

/**
 * How many lines of `block` the next page would get with a break at `from`, at most `limit`:
 * measured on a copy of the rest of its source, set beside it as Paged.js
 * sets a continued block (`data-split-from`: no indent, no top margin). The
 * page may not hold the rest yet: Paged.js measures as it goes.
 */
export function linesAfter(
  block: HTMLElement,
  from: Place,
  context: BreakContext,
  limit: number,
): number {
  const { wrapper, source, layout, start } = context;
  const range = rangeFrom(from, from);
  const at = textAtStart(range);
  const token =
    (at && sourceText(at.text, at.offset, source, start)) ||
    layout.createBreakToken(range, wrapper, source);
  const ref = block.dataset.ref;
  const original = ref ? sourceElement(source, ref) : null;
  if (!token || !original?.contains(token.node) || original === token.node) return limit;

  const rest = document.createRange();
  if (token.node.nodeType === Node.TEXT_NODE) rest.setStart(token.node, token.offset);
  else rest.setStartBefore(token.node);
  rest.setEnd(original, original.childNodes.length);
  const copy = block.cloneNode(false) as HTMLElement;
  copy.removeAttribute("id");
  copy.setAttribute("data-split-from", ref!);
  copy.append(rest.cloneContents());
  notesToCalls(copy); // notes leave the text for the foot of the page; their calls stay
  block.after(copy);
  try {
    return linesOf(copy, limit).length;
  } finally {
    copy.remove();
  }
}
