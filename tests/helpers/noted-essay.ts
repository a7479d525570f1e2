// Manuscripts dense with notes, built into the print editions, and what is
// wrong with where their notes are printed: a note not on the page of its call
// or under the wrong number (the checker of `folio check`), and a note split
// over two pages.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { expectationsOf } from "../../scripts/check/expectations.ts";
import { pdfContext } from "../../scripts/check/pdf/context.ts";
import { notesCheck } from "../../scripts/check/pdf/notes.ts";
import { loadPublication } from "../../scripts/manuscript/load.ts";
import type { PrintEdition } from "../../scripts/model.ts";
import { makePrintEdition } from "../../scripts/pdf/edition.ts";
import type { PagedPages } from "../../scripts/pdf/paged-pages.ts";
import { random } from "./page-breaks.ts";

const WORDS =
  "army reform doctrine brigade defence border units command forces training exercise air strategy ministry".split(
    " ",
  );

export interface NotedEssayOptions {
  paragraphs: number;
  /** The chance that a paragraph has a note. */
  noteRate: number;
  /** The most lines of words a note may have besides its address, at the download PDF's width (about 14 words a line). */
  noteLines: number;
  /** The fewest and most words of a paragraph. */
  words?: [number, number];
  paper?: "a4" | "letter";
}

/**
 * A manuscript of paragraphs of `words` words (20 to 150 unless given), some
 * with a note called somewhere in them. Each note is an address (so the handout prints its QR
 * code) and, for some, words after it that end in "end<n>.": a note's last word.
 */
export function notedEssay(seed: number, options: NotedEssayOptions): string {
  const next = random(seed);
  const word = () => WORDS[Math.floor(next() * WORDS.length)];
  const words = (count: number) => Array.from({ length: count }, word).join(" ");
  const [fewest, most] = options.words ?? [20, 150];
  const parts = [
    "---",
    `title: Notes test ${seed}`,
    "author: Jane Doe",
    "lang: en",
    `paper: ${options.paper ?? "a4"}`,
    "---",
    "",
  ];
  let notes = 0;
  for (let p = 1; p <= options.paragraphs; p++) {
    const text = words(fewest + Math.floor(next() * (most - fewest))).split(" ");
    const definitions: string[] = [];
    if (next() < options.noteRate) {
      const n = ++notes;
      text.splice(1 + Math.floor(next() * (text.length - 1)), 0, `claim${n}.[^n${n}]`);
      const tail = Math.floor(next() * (options.noteLines + 1)) * 14;
      const extra = tail > 0 ? ` ${words(tail)} end${n}.` : "";
      definitions.push(`[^n${n}]: <https://example.org/source/${n}/${word()}>${extra}`);
    }
    parts.push(`${text.join(" ")}.`, "", ...definitions, "");
  }
  return parts.join("\n");
}

/** What is wrong with the notes of `edition` built from the manuscript `file`. */
export async function noteProblems(
  pages: PagedPages,
  file: string,
  edition: PrintEdition,
  workDir: string,
): Promise<string[]> {
  const { publication } = await loadPublication(file, path.dirname(file));
  await mkdir(workDir, { recursive: true });
  const { bytes } = await makePrintEdition(publication, edition, { pages });
  const pdf = path.join(workDir, `${publication.slug}-${edition}.pdf`);
  await writeFile(pdf, bytes);
  const context = pdfContext(pdf, edition, expectationsOf(publication));
  const problems = (await notesCheck.run(context)).map(
    (problem) => `page ${problem.page}: ${problem.message}`,
  );
  // A note whose last word is not on the page of its first: split, or lost.
  const texts = await context.texts();
  for (const [i, note] of context.expect!.notes.entries()) {
    const end = `end${i + 1}.`;
    if (!publication.file.value.toString().includes(` ${end}\n`)) continue;
    const first = texts.findIndex((text) => text.includes(note.start));
    const last = texts.findIndex((text) => text.includes(end));
    if (first !== last)
      problems.push(`note ${i + 1} starts on page ${first + 1} and ends on page ${last + 1}`);
  }
  return problems;
}
