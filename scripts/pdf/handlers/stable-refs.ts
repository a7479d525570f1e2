// Paged.js tags every element with a random `data-ref` (a UUID) before layout,
// and a note's id is `note-<ref>`: the PDF's named destinations would differ
// on every build. Numbering the elements in document order first makes them
// the same each time: Paged.js's ContentParser keeps a `data-ref` it finds.
import { type Hooks, Paged } from "./paged.ts";

class StableRefs extends Paged.Handler implements Hooks {
  beforeParsed(content: DocumentFragment): void {
    // Refs the document brought along are kept, and never handed out twice.
    const taken = new Set<string>();
    for (const element of content.querySelectorAll("[data-ref]"))
      taken.add(element.getAttribute("data-ref")!);
    let count = 0;
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node as Element;
      if (element.hasAttribute("data-ref")) continue;
      let ref: string;
      do ref = `r${++count}`;
      while (taken.has(ref));
      element.setAttribute("data-ref", ref);
    }
  }
}

Paged.registerHandlers(StableRefs);
