// A table that breaks over pages repeats its header rows (its thead) at the
// top of each page it continues on, as Paged.js 0.4.3 does not. The copy goes
// in before Paged.js measures the page, so the rows that follow it still fit.
import { type BreakToken, type Hooks, Paged } from "./paged.ts";
import { sourceElement } from "./source-index.ts";

class TableHeaders extends Paged.Handler implements Hooks {
  /** The `data-ref`s of the tables the page being laid out continues. */
  private continued: string[] = [];

  onPageLayout(_wrapper: HTMLElement, breakToken: BreakToken | undefined): void {
    this.continued = [];
    const start = breakToken?.node;
    // A page that starts at a table itself, or in its header, renders the header anyway.
    let inHead = false;
    for (let at = start?.parentElement; at; at = at.parentElement) {
      if (at.tagName === "THEAD") inHead = true;
      if (at.tagName !== "TABLE") continue;
      if (!inHead && (at as HTMLTableElement).tHead) this.continued.push(at.dataset.ref!);
      inHead = false;
    }
  }

  layout(wrapper: HTMLElement): void {
    for (const ref of this.continued) {
      const table = wrapper.querySelector<HTMLTableElement>(`table[data-ref="${CSS.escape(ref)}"]`);
      if (!table || table.tHead) continue;
      const found = sourceElement(this.chunker.source, ref);
      const original = (
        found?.tagName === "TABLE"
          ? found
          : this.chunker.source.querySelector(`table[data-ref="${CSS.escape(ref)}"]`)
      ) as HTMLTableElement | null;
      if (!original?.tHead) continue;
      // Columns first, as in the source: a colgroup sets the widths the header needs.
      const before = table.querySelector(":scope > :not(caption, colgroup)");
      if (!table.querySelector(":scope > colgroup")) {
        for (const columns of original.querySelectorAll(":scope > colgroup"))
          table.insertBefore(columns.cloneNode(true), before);
      }
      const head = original.tHead.cloneNode(true) as HTMLElement;
      head.setAttribute("data-folio-repeated", "");
      table.insertBefore(head, before);
    }
  }
}

Paged.registerHandlers(TableHeaders);
