// Where a rendered text node comes from in the source. Paged.js 0.4.3 finds
// it by content (utils/dom.js indexOfTextNode: the first text node of the
// parent that *includes* the text), which picks an earlier node whenever the
// text also occurs there: ", " after a link, " brigade " after an italic word.
// A page that breaks there starts over at the wrong place, and text is printed
// twice or never. Counting siblings from an element finds the right one:
// elements keep their `data-ref` on the page (a note's call carries its note's).
import type { BreakToken } from "./paged.ts";
import { sourceElement } from "./source-index.ts";

export interface SourceText {
  node: Text;
  offset: number;
}

/** The child of `parent` (an element of `source`) whose `data-ref` is `ref`. */
function childByRef(parent: Element, ref: string, source: DocumentFragment): Element | null {
  const indexed = sourceElement(source, ref);
  return indexed?.parentNode === parent
    ? indexed
    : parent.querySelector(`:scope > [data-ref="${CSS.escape(ref)}"]`);
}

/**
 * The source text node, and the offset in it, of `offset` in `text`, a text
 * node on the page being laid out, which started at `start`. Undefined when
 * it cannot tell.
 */
export function sourceText(
  text: Text,
  offset: number,
  source: DocumentFragment,
  start: BreakToken | undefined,
): SourceText | undefined {
  const parent = text.parentElement;
  const ref = parent?.dataset.ref;
  const original = ref ? sourceElement(source, ref) : null;
  if (!parent || !original) return undefined;
  const rendered = Array.from(parent.childNodes);
  const at = rendered.indexOf(text);

  // From the nearest element before it.
  for (let i = at - 1; i >= 0; i--) {
    const node = rendered[i];
    if (!(node instanceof HTMLElement) || !node.dataset.ref) continue;
    const anchor = childByRef(original, node.dataset.ref, source);
    return anchor ? textAt(original, indexIn(original, anchor) + at - i, offset, text) : undefined;
  }
  // Otherwise from the parent's start: on a page that starts inside it, its
  // first child here is the child of the source that holds the page's start,
  // cut at the start's offset when it is that very text node.
  if (!parent.hasAttribute("data-split-from")) return textAt(original, at, offset, text);
  let holder: Node | null = start?.node ?? null;
  while (holder && holder.parentNode !== original) holder = holder.parentNode;
  if (!holder) return undefined;
  const cut = at === 0 && holder === start!.node ? start!.offset : 0;
  return textAt(original, indexIn(original, holder) + at, offset + cut, text);
}

function indexIn(parent: Node, child: Node): number {
  return Array.prototype.indexOf.call(parent.childNodes, child);
}

function textAt(
  original: Element,
  index: number,
  offset: number,
  rendered: Text,
): SourceText | undefined {
  const node = original.childNodes[index];
  // A check that the count went right: the rendered text is (the end of) that node's.
  return node instanceof Text && node.data.endsWith(rendered.data) ? { node, offset } : undefined;
}

/** The text node a range starts in or just before, and the offset in it. */
export function textAtStart(range: Range): { text: Text; offset: number } | undefined {
  const { startContainer, startOffset } = range;
  if (startContainer instanceof Text) return { text: startContainer, offset: startOffset };
  const next = startContainer.childNodes[startOffset];
  return next instanceof Text ? { text: next, offset: 0 } : undefined;
}
