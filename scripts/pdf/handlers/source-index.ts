// The source's elements by `data-ref`. Paged.js 0.4.3 finds the source
// element of a rendered one (utils/dom.js findRef) with a query of the whole
// source, unless the source has an index (`indexOfRefs`, which it keeps only
// for the pages it renders): each page break searched a long document from its
// start, and so did the handlers. The source does not change once parsed: the
// index is made then, first element first, as a query would find them.
import { type Hooks, Paged } from "./paged.ts";

type Indexed = DocumentFragment & { indexOfRefs?: Record<string, Element> };

/** The element of `source` whose `data-ref` is `ref`, as `source.querySelector` would find it. */
export function sourceElement(source: DocumentFragment, ref: string): Element | null {
  const element = (source as Indexed).indexOfRefs?.[ref];
  return element?.getAttribute("data-ref") === ref
    ? element
    : source.querySelector(`[data-ref="${CSS.escape(ref)}"]`);
}

class SourceIndex extends Paged.Handler implements Hooks {
  // After Paged.js's own afterParsed, the last to change the source.
  afterParsed(parsed: DocumentFragment): void {
    const index: Record<string, Element> = Object.create(null);
    for (const element of parsed.querySelectorAll("[data-ref]"))
      index[element.getAttribute("data-ref")!] ??= element;
    (parsed as Indexed).indexOfRefs = index;
  }
}

Paged.registerHandlers(SourceIndex);
