// What a note leaves in the text on the page: Paged.js moves the note to the
// page's foot and puts a call where it stood (modules/paged-media/footnotes.js,
// createFootnoteCall). A copy of the text measured outside the pages needs
// the same to be as wide as it will be there.

/** Replaces each note under `root` with its call. */
export function notesToCalls(root: ParentNode): void {
  for (const note of root.querySelectorAll("[data-note='footnote']")) {
    const call = document.createElement("a");
    call.className = note.className;
    // Its note's ref: the call shows that note's number (note-numbers.ts), as wide as on the page.
    call.setAttribute("data-footnote-call", note.getAttribute("data-ref") ?? "");
    note.replaceWith(call);
  }
}
