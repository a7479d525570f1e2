// Each note's number, from its place in the document, set on its call and on
// the note itself. Paged.js 0.4.3 counts instead: `footnote` on each call,
// `footnote-marker` on each note that is not a continuation (data-split-from).
// A note whose call moves to the next page after the note was split leaves
// its first part behind, removed, and arrives whole but marked as continued:
// uncounted and unnumbered, and every note after it on the page takes the
// number of the one before. Setting the counters (`counter-set` applies after
// `counter-increment`) makes `counter(footnote)` and `counter(footnote-marker)`
// in any stylesheet show the right number, and a call and its note the same.
// In a book the numbers start again at 1 in each chapter.
import { type Hooks, Paged } from "./paged.ts";

class NoteNumbers extends Paged.Handler implements Hooks {
  // After Paged.js's own afterParsed, which marks the notes (data-note="footnote").
  afterParsed(parsed: DocumentFragment): void {
    const rules: string[] = [];
    let number = 0;
    let chapter: Element | null = null;
    for (const note of parsed.querySelectorAll<HTMLElement>("[data-note='footnote']")) {
      const ref = note.dataset.ref;
      if (!ref) continue;
      // A book numbers its notes from 1 in each chapter (section.chapter).
      const inChapter = note.closest(".chapter");
      if (inChapter !== chapter) [chapter, number] = [inChapter, 0];
      number++;
      const value = CSS.escape(ref);
      // !important: Paged.js's own rule for calls starts with `all: unset`.
      rules.push(`[data-footnote-call="${value}"] { counter-set: footnote ${number} !important; }`);
      rules.push(
        `[data-footnote-marker="${value}"] { counter-set: footnote-marker ${number} !important; }`,
      );
    }
    if (rules.length === 0) return;
    const style = document.createElement("style");
    style.textContent = rules.join("\n");
    document.head.append(style);
  }
}

Paged.registerHandlers(NoteNumbers);
