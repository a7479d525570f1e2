// The publications as the download page and the catalog list them: each entry
// with the sizes of its files as they are on disk, in order (newest first, by
// the date the manuscript gives; undated ones after, by title), and what each
// edition is called and is for.
import type { Edition } from "../model.ts";
import type { Entry, EntryEdition } from "./entry.ts";

export interface Listed extends Omit<Entry, "editions"> {
  editions: (EntryEdition & { bytes: number })[];
}

export const EDITION_LABELS: Record<
  Edition,
  { label: string; purpose: string; mediaType: string }
> = {
  pdf: {
    label: "Download PDF",
    purpose: "to read on screen, with links and bookmarks",
    mediaType: "application/pdf",
  },
  handout: {
    label: "Printable handout",
    purpose: "to print and hand out, every source in full",
    mediaType: "application/pdf",
  },
  epub: {
    label: "EPUB for e-readers",
    purpose: "Kindle, Apple Books, Kobo, Calibre",
    mediaType: "application/epub+zip",
  },
};

export function newestFirst(a: Listed, b: Listed): number {
  const [dateA, dateB] = [timeOf(a.date), timeOf(b.date)];
  if (dateA !== dateB) return dateA === undefined ? 1 : dateB === undefined ? -1 : dateB - dateA;
  return a.title.localeCompare(b.title, "en") || a.slug.localeCompare(b.slug, "en");
}

function timeOf(date: string | undefined): number | undefined {
  const time = date === undefined ? NaN : Date.parse(isoDate(date) ?? date);
  return Number.isNaN(time) ? undefined : time;
}

/**
 * The date as a W3C date (`2022`, `2022-04`, `2022-04-19`), for `<time datetime>`
 * and the catalog's `dc:issued`, when the manuscript writes it so (a date-time
 * gives its date); dates written in words are shown as they are.
 */
export function isoDate(date: string | undefined): string | undefined {
  return date && /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)/.exec(date.trim())?.[0];
}

/** A file's name as a relative URL: a slug is a file name, and may hold a space or a `#`. */
export const hrefOf = (name: string) => encodeURIComponent(name);
