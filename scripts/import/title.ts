// A page's title often carries more than the title: "… – OpEd", "… | Eurasia
// Review", "… – Opinion – Caspian Evening Post". A part that names a kind of
// article becomes `kind`; a site's name is dropped; the rest is the title.
const KINDS = [
  "OpEd",
  "Op-Ed",
  "Op Ed",
  "Opinion",
  "Analysis",
  "News Analysis",
  "Commentary",
  "Comment",
  "Editorial",
  "Column",
  "Essay",
  "Feature",
  "Interview",
  "Explainer",
  "Review",
  "Perspective",
  "Letter",
  "Blog",
  "Report",
];
const SEPARATOR = /\s+([–—|-])\s+/;

export function isKind(text: string): boolean {
  return KINDS.some((kind) => kind.toLowerCase() === text.trim().toLowerCase());
}

export interface SplitTitle {
  title: string;
  kind?: string;
  /** The parts dropped as the site's name. */
  site?: string;
}

/** Splits `raw` at its separators; `siteName` (og:site_name), when known, is always dropped. */
export function splitTitle(raw: string, siteName?: string): SplitTitle {
  const pieces = raw.trim().split(SEPARATOR);
  // pieces alternate: part, separator, part, …
  const parts = pieces.filter((_, i) => i % 2 === 0);
  const separators = pieces.filter((_, i) => i % 2 === 1);
  const isSite = (part: string) =>
    siteName !== undefined && part.toLowerCase() === siteName.trim().toLowerCase();
  // The first part after which everything is a kind, a site's name, or follows a "|".
  let cut = parts.length;
  for (let i = 1; i < parts.length; i++) {
    if (isKind(parts[i]) || isSite(parts[i]) || separators[i - 1] === "|") {
      cut = i;
      break;
    }
  }
  const rest = parts.slice(cut);
  const kind = rest.find(isKind);
  const site = rest.filter((part) => !isKind(part)).join(" – ") || undefined;
  const title = parts
    .slice(0, cut)
    .map((part, i) => (i === 0 ? part : `${separators[i - 1]} ${part}`))
    .join(" ");
  return { title, kind, site };
}
