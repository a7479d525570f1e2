// Paged.js 0.4.3 stops a layout that repeats itself by comparing each page's
// break token, as JSON, with those of the pages before (chunker.js layout,
// toJSON(true)). The JSON holds the index of the token's node among its
// siblings, which Paged.js finds with Array.from(parentElement.childNodes)
// .indexOf(node): for a block at the top level of a long document, thousands
// of nodes, each given a script wrapper, on every page. Tokens point into the
// source, which does not change during layout: each parent's children are
// counted once, and the JSON is the same.
import { type BreakToken, type Hooks, Paged } from "./paged.ts";

const patched = new WeakSet<object>();
const childIndexes = new WeakMap<Node, { count: number; of: Map<Node, number> }>();

function indexIn(parent: Node, node: Node): number {
  let cached = childIndexes.get(parent);
  // Counted again if the children changed (in number, or the node is new).
  if (!cached || cached.count !== parent.childNodes.length || !cached.of.has(node)) {
    const of = new Map<Node, number>();
    for (let at = parent.firstChild; at; at = at.nextSibling) of.set(at, of.size);
    cached = { count: of.size, of };
    childIndexes.set(parent, cached);
  }
  return cached.of.get(node)!;
}

function toJSON(this: BreakToken, hash?: boolean): string | object {
  const { node } = this;
  if (!node) return {};
  let ref: string | undefined;
  if (node.nodeType === Node.ELEMENT_NODE && (node as HTMLElement).dataset.ref)
    ref = (node as HTMLElement).dataset.ref;
  else if (hash) ref = node.parentElement!.dataset.ref;
  const index = node.parentElement ? indexIn(node.parentElement, node) : 0;
  return JSON.stringify({ node: ref, index, offset: this.offset });
}

class BreakTokens extends Paged.Handler implements Hooks {
  // Each page starts from a token (a new one at the document's start): the first gives the class.
  onPageLayout(_wrapper: HTMLElement, breakToken: BreakToken | undefined): void {
    const proto = breakToken && Object.getPrototypeOf(breakToken);
    if (!proto || patched.has(proto) || typeof proto.toJSON !== "function") return;
    proto.toJSON = toJSON;
    patched.add(proto);
  }
}

Paged.registerHandlers(BreakTokens);
