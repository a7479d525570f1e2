// Where a page should end, given where Paged.js would end it (the first
// content that does not fit). Paged.js 0.4.3 honours neither `orphans` and
// `widows` nor `break-after: avoid`; these rules do, by moving the break
// earlier, never later:
// - a paragraph splits only with `orphans` lines before the break and
//   `widows` lines after it, 2 at least; otherwise its last lines go to the
//   next page with the rest, or the whole paragraph does;
// - a heading (a term of a definition list, anything with `break-after:
//   avoid`) goes with at least 2 lines of what follows it;
// - a table's header goes with at least one row of its body.
// A rule that would leave the page empty is not applied.
import { linesIn, linesOf } from "./lines.ts";
import type { BreakContext } from "./break-context.ts";
import { linesAfter } from "./lines-after.ts";
import {
  atLineStart,
  blockAround,
  elementBefore,
  hasContentBefore,
  isBlock,
  nodeAt,
  type Place,
  placeBefore,
  previousElement,
  rangeFrom,
} from "./places.ts";

/** Lines a paragraph leaves on either side of a break, at least; and lines a heading keeps with. */
const MIN_LINES = 2;

/** A better place to break the page than the start of `overflow`, if there is one. */
export function betterBreak(overflow: Range, context: BreakContext): Place | undefined {
  const { wrapper } = context;
  const first: Place = { container: overflow.startContainer, offset: overflow.startOffset };
  const at = nodeAt(first) ?? first.container;
  let place: Place | undefined = first;
  const table = (at instanceof Element ? at : at.parentElement)?.closest("table");
  if (table && wrapper.contains(table)) {
    place = tableBreak(table, overflow, wrapper);
  } else if (!isBlock(at)) {
    const block = blockAround(first.container, wrapper);
    place = block && paragraphBreak(block, overflow, context);
  }
  if (!place) return undefined;
  // A break inside a paragraph leaves enough of it above; one between blocks may not.
  place =
    place.container.nodeType === Node.TEXT_NODE ? atLineStart(place) : keepWithNext(place, wrapper);

  if (place.container === first.container && place.offset === first.offset) return undefined;
  return hasContentBefore(place, wrapper) ? place : undefined;
}

/** Where to break in or before `block`: between its lines, or before it. */
function paragraphBreak(block: HTMLElement, overflow: Range, context: BreakContext): Place {
  const style = getComputedStyle(block);
  // Never fewer than 2, whatever the CSS says; more when it asks for more.
  const orphans = Math.max(MIN_LINES, Number(style.orphans) || 0);
  const widows = Math.max(MIN_LINES, Number(style.widows) || 0);
  const first: Place = { container: overflow.startContainer, offset: overflow.startOffset };
  let lines = linesIn(rangeFrom({ container: block, offset: 0 }, first));
  // Paged.js can put the break after lines that are off the page already
  // (Chromium moved them to the next column; a line break in preformatted
  // text): they would be lost. The break goes before the first of them.
  const area = context.wrapper.parentElement!.getBoundingClientRect();
  const off = lines.findIndex(
    (line) => line.left >= area.right - 1 || line.bottom > area.bottom + 1,
  );
  const at = off < 0 ? first : { container: lines[off].node, offset: lines[off].offset };
  if (off >= 0) lines = lines.slice(0, off);

  if (lines.length >= orphans) {
    const after = linesAfter(block, at, context, widows);
    if (after >= widows || after === 0) return at;
    // Take the last lines along, if enough stay.
    const keep = lines.length - (widows - after);
    if (keep >= orphans) return { container: lines[keep].node, offset: lines[keep].offset };
  }
  return placeBefore(block, context.wrapper);
}

/** Moves a break between blocks up past headings that would end the page. */
function keepWithNext(place: Place, wrapper: HTMLElement): Place {
  let lines = 0;
  let previous = elementBefore(place);
  while (previous && lines < MIN_LINES) {
    const last = lastBlockOf(previous);
    if (keepsWithNext(last)) {
      const before = placeBefore(last, wrapper);
      if (!hasContentBefore(before, wrapper)) break;
      place = before;
      lines = 0;
      previous = elementBefore(place);
      continue;
    }
    // Something with no text (a picture, a rule) is enough to keep with.
    lines += linesOf(previous, MIN_LINES - lines).length || MIN_LINES;
    previous = previousElement(previous);
  }
  return place;
}

// A definition list's term is a heading too.
function keepsWithNext(element: Element): boolean {
  return (
    /^(H[1-6]|DT)$/.test(element.tagName) ||
    (element instanceof HTMLElement && element.dataset.breakAfter === "avoid")
  );
}

/** The last block that ends `element`: a section's last paragraph, say. */
function lastBlockOf(element: Element): Element {
  let last = element;
  while (last.lastElementChild && isBlock(last.lastElementChild)) last = last.lastElementChild;
  return last;
}

/**
 * A table that starts on this page must take its first body row along;
 * otherwise the break goes before the table. Elsewhere in a table (rows,
 * cells, a continued table) Paged.js's own break stands.
 */
function tableBreak(
  table: HTMLTableElement,
  overflow: Range,
  wrapper: HTMLElement,
): Place | undefined {
  if (table.hasAttribute("data-split-from")) return undefined;
  for (const row of table.rows) {
    if (!row.closest("thead") && overflow.comparePoint(row, 0) < 0) return undefined;
  }
  return placeBefore(table, wrapper);
}
