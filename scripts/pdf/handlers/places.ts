// Places in a page's rendered content, and the blocks around them: what the
// keep rules move a page break between.

/** A boundary point in the DOM, as a Range has at each end. */
export interface Place {
  container: Node;
  offset: number;
}

export function isBlock(node: Node | null | undefined): node is HTMLElement {
  if (!(node instanceof HTMLElement)) return false;
  const display = getComputedStyle(node).display;
  return !display.startsWith("inline") && display !== "contents" && display !== "none";
}

/** The nearest block that holds `node` (itself included), short of `wrapper`. */
export function blockAround(node: Node, wrapper: Element): HTMLElement | undefined {
  for (let at: Node | null = node; at && at !== wrapper; at = at.parentNode) {
    if (isBlock(at)) return at;
  }
  return undefined;
}

function significant(node: Node | null): boolean {
  return (
    node !== null && (node.nodeType === Node.ELEMENT_NODE || /\S/.test(node.textContent ?? ""))
  );
}

/** `node` or the nearest sibling before it that is an element or has text. */
function significantFrom(node: Node | null): Node | null {
  let at = node;
  while (at && !significant(at)) at = at.previousSibling;
  return at;
}

function previousSignificant(node: Node): Node | null {
  return significantFrom(node.previousSibling);
}

/** The element before `element` among its siblings, unless text comes between. */
export function previousElement(element: Element): Element | undefined {
  const previous = previousSignificant(element);
  return previous instanceof Element ? previous : undefined;
}

/**
 * The place just before `element`, moved out of each parent it opens: a break
 * before the first paragraph of a blockquote is a break before the blockquote,
 * not inside it where it would leave an empty box behind.
 */
export function placeBefore(element: Element, wrapper: Element): Place {
  let at: Element = element;
  while (at.parentElement && at.parentElement !== wrapper && !previousSignificant(at))
    at = at.parentElement;
  return {
    container: at.parentNode!,
    offset: Array.prototype.indexOf.call(at.parentNode!.childNodes, at),
  };
}

/** The element that ends just before `place`, if the node there is one. */
export function elementBefore(place: Place): Element | undefined {
  const next = place.container.childNodes[place.offset];
  const previous = significantFrom(next ? next.previousSibling : place.container.lastChild);
  return previous instanceof Element ? previous : undefined;
}

/** The node that starts at `place`. */
export function nodeAt(place: Place): Node | undefined {
  const { container, offset } = place;
  return container.nodeType === Node.TEXT_NODE ? container : container.childNodes[offset];
}

/** Whether anything visible comes before `place` on the page. */
export function hasContentBefore(place: Place, wrapper: Element): boolean {
  const range = document.createRange();
  range.setStart(wrapper, 0);
  range.setEnd(place.container, place.offset);
  return (
    /\S/.test(range.toString()) ||
    range.cloneContents().querySelector("img, svg, video, canvas, hr, iframe, object") !== null
  );
}

export function rangeFrom(start: Place, end: Place): Range {
  const range = document.createRange();
  range.setStart(start.container, start.offset);
  range.setEnd(end.container, end.offset);
  return range;
}

/**
 * A break at the first word of a line of preformatted text would leave the
 * line's indent behind on the page, and any blank lines before it: lines
 * that may not fit. The break goes after the newline that ends the last line
 * with text instead. (Elsewhere spaces at a break are not seen.)
 */
export function atLineStart(place: Place): Place {
  const { container, offset } = place;
  if (
    !(container instanceof Text) ||
    !getComputedStyle(container.parentElement!).whiteSpace.startsWith("pre")
  )
    return place;
  const blank = /\n\s*$/.exec(container.data.slice(0, offset));
  return blank ? { container, offset: blank.index + 1 } : place;
}
