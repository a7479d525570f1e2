// Notes that link both ways. Paged.js makes each call a link to its note
// (`a[data-footnote-call]`, href `#note-<ref>`), but the call has no id and
// the note's number is a ::marker, which cannot be a link. This gives each
// call an id and puts the number in a link back to it; Chromium turns both
// into link annotations in the PDF, so a reader can go to the note and back.
import { type Hooks, Paged } from "./paged.ts";

const NUMBERED = "data-folio-numbered";

// The number keeps the note's own marker content (print.css's
// ::footnote-marker rule, whatever it says) through a custom property.
const css = `
[${NUMBERED}]::marker { content: none !important; }
a.folio-note-number { color: inherit; text-decoration: none; }
a.folio-note-number::before { content: var(--folio-marker); }
`;

const callId = (ref: string) => `note-call-${ref}`;

class NoteLinks extends Paged.Handler implements Hooks {
  afterParsed(): void {
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
  }

  afterPageLayout(pageElement: HTMLElement): void {
    for (const call of pageElement.querySelectorAll<HTMLElement>(
      "a[data-footnote-call]:not([id])",
    )) {
      call.id = callId(call.dataset.footnoteCall!);
    }
    // A continued note (data-split-from) shows no number: its first part does.
    const notes = pageElement.querySelectorAll<HTMLElement>(
      `[data-footnote-marker]:not([data-split-from], [${NUMBERED}])`,
    );
    for (const note of notes) {
      const marker = getComputedStyle(note, "::marker").getPropertyValue("content");
      const link = document.createElement("a");
      link.className = "folio-note-number";
      link.href = `#${callId(note.dataset.ref!)}`;
      link.style.setProperty("--folio-marker", marker);
      note.prepend(link);
      note.setAttribute(NUMBERED, "");
    }
  }

  /**
   * A link to a note by its id in the manuscript (a second call to the same
   * note) misses: Paged.js renamed the note `note-<ref>` and kept the old id
   * as `data-id`. Point such links at the new id.
   */
  afterRendered(): void {
    for (const link of document.querySelectorAll<HTMLAnchorElement>(
      ".pagedjs_pages a[href^='#']",
    )) {
      const target = decodeURIComponent(link.getAttribute("href")!.slice(1));
      if (!target || document.getElementById(target)) continue;
      const moved = document.querySelector(`.pagedjs_pages [data-id="${CSS.escape(target)}"][id]`);
      if (moved) link.setAttribute("href", `#${moved.id}`);
    }
  }
}

Paged.registerHandlers(NoteLinks);
