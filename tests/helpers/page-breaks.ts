// Documents that provoke bad page breaks, and a reader of the PDF's text that
// finds them: paragraphs of one to eight lines, headings, notes. Every word of
// paragraph n ends in n ("army12"), so each line of `pdftotext -layout` says
// which paragraph it belongs to.
import { latinFontCss } from "./fonts.ts";

const WORDS =
  "army reform doctrine brigade defence border units command forces training exercise air strategy".split(
    " ",
  );

/** A small, repeatable random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export const css = `
${latinFontCss}
@page { size: A5; margin: 14mm 14mm 16mm; @bottom-center { content: counter(page); font: 8pt "Literata"; }
  @footnote { border-top: 0.5pt solid #888; padding-top: 2mm; margin-top: 3mm; } }
html { font: 10.5pt/1.45 "Literata"; }
body { margin: 0; }
/* Chromium keeps 2 lines together in the columns Paged.js lays pages out in, which
   hides most bad breaks; allowed 1, it makes them, and the handlers must mend them. */
p { margin: 0; orphans: 1; widows: 1; }
p + p { text-indent: 1.2em; }
h2 { font-size: 13pt; line-height: 1.25; margin: 5mm 0 2mm; }
.note { float: footnote; font-size: 8pt; }
.note::footnote-marker { content: counter(footnote-marker) ". "; }
`;

export function html(body: string, style = css): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Breaks</title><style>${style}</style></head><body>${body}</body></html>`;
}

/** Paragraphs of varying length with headings between some and a note in some. */
export function provokingBody(seed: number, paragraphs: number, headingRate = 0.2): string {
  const next = random(seed);
  const parts: string[] = [];
  let notes = 0;
  for (let n = 1; n <= paragraphs; n++) {
    if (next() < headingRate) parts.push(`<h2 id="h${n}">Heading ${n}</h2>`);
    // 8 to 100 words: one line to about eight.
    // Some words in italics: Paged.js renders a paragraph node by node, so it
    // may measure a page while a paragraph is only partly there.
    const words = Array.from({ length: 8 + Math.floor(next() ** 2 * 92) }, () => {
      const word = `${WORDS[Math.floor(next() * WORDS.length)]}${n}`;
      return next() < 0.1 ? `<em>${word}</em>` : word;
    });
    if (next() < 0.25)
      words.splice(
        Math.floor(next() * words.length),
        0,
        `cited${n}<span class="note">Source ${++notes}.</span>`,
      );
    parts.push(`<p>${words.join(" ")}.</p>`);
  }
  return `<article>${parts.join("\n")}</article>`;
}

type Line = { kind: "heading" } | { kind: "text"; paragraph: number };

/** The body lines of one page's `pdftotext -layout` text: headings and tagged paragraph lines. */
export function bodyLines(page: string): Line[] {
  const lines: Line[] = [];
  for (const line of page.split("\n")) {
    if (/^\s*Heading \d+\s*$/.test(line)) {
      lines.push({ kind: "heading" });
      continue;
    }
    // The paragraph most words on the line name (a note's call can stick to a word).
    const counts = new Map<number, number>();
    for (const [, n] of line.matchAll(/\b[a-z]+(\d+)\b/g))
      counts.set(Number(n), (counts.get(Number(n)) ?? 0) + 1);
    const [best] = [...counts].sort((a, b) => b[1] - a[1]);
    if (best) lines.push({ kind: "text", paragraph: best[0] });
  }
  return lines;
}

/** What is wrong with the breaks between these pages' texts. */
export function badBreaks(pages: string[]): string[] {
  const found: string[] = [];
  const all = pages.map(bodyLines);
  for (const [i, lines] of all.entries()) {
    const page = i + 1;
    const last = lines[lines.length - 1];
    const next = all[i + 1]?.[0];
    if (last?.kind === "text" && next?.kind === "text" && last.paragraph === next.paragraph) {
      const run = (from: Line[]) =>
        from.findIndex((line) => line.kind !== "text" || line.paragraph !== last.paragraph);
      const before =
        lines.length -
        1 -
        lines.findLastIndex((line) => line.kind !== "text" || line.paragraph !== last.paragraph);
      const afterRun = run(all[i + 1]);
      const after = afterRun < 0 ? all[i + 1].length : afterRun;
      if (before < 2)
        found.push(`page ${page}: paragraph ${last.paragraph} leaves ${before} line at the foot`);
      if (after < 2)
        found.push(`page ${page + 1}: paragraph ${last.paragraph} leaves ${after} line at the top`);
    }
    const heading = lines.findLastIndex((line) => line.kind === "heading");
    if (heading >= 0 && i < all.length - 1 && lines.length - 1 - heading < 2) {
      found.push(
        `page ${page}: a heading with ${lines.length - 1 - heading} lines after it ends the page`,
      );
    }
  }
  return found;
}
