// A page's note area, as Paged.js 0.4.3 builds it: `.pagedjs_footnote_area`
// (its height is the page area's --pagedjs-footnotes-height) holds
// `.pagedjs_footnote_content`, which carries @footnote's margin, border and
// padding and holds the notes in `.pagedjs_footnote_inner_content`.

/** The height the note area's box adds to its notes: @footnote's vertical margins, borders and padding. */
export function chromeHeight(content: Element): number {
  const style = getComputedStyle(content);
  let height = 0;
  for (const side of ["Top", "Bottom"] as const) {
    height +=
      parseFloat(style[`margin${side}`]) +
      parseFloat(style[`padding${side}`]) +
      parseFloat(style[`border${side}Width`]);
  }
  return height;
}

/** Sizes the note area of `pageArea` (`.pagedjs_area`) to its notes, or to nothing when it has none. */
export function fitNoteArea(pageArea: HTMLElement): void {
  const content = pageArea.querySelector<HTMLElement>(".pagedjs_footnote_content");
  const inner = content?.querySelector(".pagedjs_footnote_inner_content");
  if (!content || !inner) return;
  const empty = inner.childElementCount === 0;
  content.classList.toggle("pagedjs_footnote_empty", empty);
  const height = empty ? 0 : inner.scrollHeight + chromeHeight(content);
  pageArea.style.setProperty("--pagedjs-footnotes-height", `${height}px`);
}
