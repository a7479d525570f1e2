// Paged.js 0.4.3's base stylesheet resets `::first-letter` on each element
// continued from the page before and on each of its children (`[data-split-from]
// > *::first-letter`), so that a drop cap is not repeated. A rule that matches
// `::first-letter` makes Chromium set the first letter in a box of its own,
// even when the rule changes nothing: on every page after the first, each
// paragraph and heading of a section continued there gets one, and a ligature
// that starts it (Th, fi, ff) is split. Its glyph is drawn in the first
// letter's box, which holds one letter of the text, so the PDF's text layer
// loses the other: "Te result", "fty", a bookmark's heading not found.
// Folio's stylesheets style no first letter: the rules go, before layout.
import { type Chunker, Paged, type Polisher } from "./paged.ts";

class FirstLetters extends Paged.Handler {
  constructor(chunker: Chunker, polisher: Polisher, caller: unknown) {
    super(chunker, polisher, caller);
    const sheet = polisher.base.sheet;
    if (!sheet) return;
    for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
      const rule = sheet.cssRules[i];
      if (rule instanceof CSSStyleRule && rule.selectorText.includes("::first-letter"))
        sheet.deleteRule(i);
    }
  }
}

Paged.registerHandlers(FirstLetters);
