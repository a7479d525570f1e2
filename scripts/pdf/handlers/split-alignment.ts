// Paged.js 0.4.3 justifies the last line of the deepest element split at a
// page's foot (`data-align-last-split-element`, modules/paged-media/splits.js):
// right for a paragraph whose lines go on over the page. When that element is
// a list split between two items, `text-align-last` passes down to its items,
// and every line of them on the page is spread over the full width ("Top-level
// ... teams"), which pdftotext then reads as columns, one word of each line
// after another. Only an element whose own text goes on over the page keeps it.
import { type Hooks, Paged } from "./paged.ts";
import { isBlock } from "./places.ts";

class SplitAlignment extends Paged.Handler implements Hooks {
  // After Paged.js's own, which marks the element on the page before this one.
  afterPageLayout(pageElement: HTMLElement): void {
    const previous = pageElement.previousElementSibling;
    for (const element of previous?.querySelectorAll<HTMLElement>(
      "[data-align-last-split-element='justify']",
    ) ?? []) {
      if (isBlock(lastContent(element))) delete element.dataset.alignLastSplitElement;
    }
  }
}

/** The last child of `element` that is an element or has text. */
function lastContent(element: Element): Node | null {
  let node = element.lastChild;
  while (node instanceof Text && !/\S/.test(node.data)) node = node.previousSibling;
  return node;
}

Paged.registerHandlers(SplitAlignment);
