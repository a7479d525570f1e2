// File names from titles and names: `kazakhstan-ongoing-military-expansion` for
// the manuscript, `paul-goble` for the author file. Lower-case ASCII words
// joined by hyphens, as authors.ts expects of an id; Cyrillic is transliterated.
const CYRILLIC: Record<string, string> = Object.fromEntries(
  (
    "а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f х kh ц ts ч ch ш sh щ shch " +
    "ъ _ ы y ь _ э e ю yu я ya ә a ғ g қ q ң n ө o ұ u ү u һ h і i"
  )
    .match(/\S+ \S+/g)!
    .map((pair) => pair.split(" "))
    .map(([from, to]) => [from, to === "_" ? "" : to]),
);
const SMALL_WORDS = new Set(
  "a an the of and or to in on for at by with from is are was may will be its it as that this how why what who s".split(
    " ",
  ),
);

export function words(text: string): string[] {
  const ascii = [...text.toLowerCase()].map((c) => CYRILLIC[c] ?? c).join("");
  return ascii
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’'](s\b)?/g, "") // "Kazakhstan’s" → "kazakhstan"
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The manuscript's slug: the title's first four words that carry meaning, short enough to type. */
export function slugOf(title: string): string {
  const meaningful = words(title).filter((word) => !SMALL_WORDS.has(word));
  return meaningful.slice(0, 4).join("-") || "article";
}

/** An author id: every word of the name. */
export function authorId(name: string): string {
  return words(name).join("-");
}
