// Measures for keeping a note with its call (notes-with-calls.ts): the line a
// call stands on, whether a note is whole in the note area, and whether any
// page could hold it whole.
import { linesIn } from "./lines.ts";
import { chromeHeight } from "./note-area.ts";
import { blockAround, type Place } from "./places.ts";

export interface CallLine {
  /** Where the line's text starts. */
  start: Place;
  /** Half-way down its text: a page that ends here ends after the line before. */
  middle: number;
  height: number;
}

/** The line `call` stands on: the line of the last word before it, in its block. */
export function callLine(call: HTMLElement, wrapper: HTMLElement): CallLine {
  const block = blockAround(call, wrapper) ?? wrapper;
  const range = document.createRange();
  range.setStart(block, 0);
  range.setEndBefore(call);
  const lines = linesIn(range);
  const last = lines[lines.length - 1];
  if (last)
    return {
      start: { container: last.node, offset: last.offset },
      middle: (last.top + last.bottom) / 2,
      height: last.bottom - last.top,
    };
  // Nothing before it in its block: the call's own box.
  const box = call.getBoundingClientRect();
  const start = {
    container: call.parentNode!,
    offset: Array.prototype.indexOf.call(call.parentNode!.childNodes, call),
  };
  return { start, middle: (box.top + box.bottom) / 2, height: box.height };
}

/** Whether all of `note` shows in the note area: Paged.js cuts a note that does not fit with the area's bounds. */
export function fitsWhole(note: HTMLElement, noteArea: HTMLElement): boolean {
  const box = note.getBoundingClientRect();
  const area = noteArea.getBoundingClientRect();
  const inner = note.parentElement!.getBoundingClientRect();
  const slack = 0.5; // rounding
  return (
    box.top >= area.top - slack &&
    box.bottom <= Math.min(area.bottom, inner.bottom) + slack &&
    box.right <= area.right + slack
  );
}

/** Whether a page could hold `note` whole, with its call's line above it. */
export function fitsOnAPage(note: HTMLElement, pageArea: HTMLElement, line: CallLine): boolean {
  const content = note.closest(".pagedjs_footnote_content");
  const chrome = content ? chromeHeight(content) : 0;
  return (
    note.getBoundingClientRect().height + chrome + line.height <=
    pageArea.getBoundingClientRect().height
  );
}
