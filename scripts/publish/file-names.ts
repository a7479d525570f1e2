// The names of the files a publication leaves beside its editions for the
// download page and the catalog. A module of its own, importing only the
// editions' names, so that the build's skip check can name the entry without
// loading what makes it.
import type { Edition } from "../model.ts";
import { outputName } from "../output/edition-names.ts";

/** Its metadata and editions (./entry.ts): hidden, like the fingerprint. */
export const entryName = (slug: string) => `.${slug}.publication.json`;

/** Every file a build of the publication leaves: its editions' and its entry (the skip check wants them all). */
export const publicationFiles = (slug: string, editions: Edition[]) => [
  ...editions.map((edition) => outputName(slug, edition)),
  entryName(slug),
];

/** The slug whose entry a file is, if it is one. */
export const slugOfEntry = (name: string) => /^\.(.+)\.publication\.json$/.exec(name)?.[1];

/** The EPUB's cover image, as the EPUB has it. */
export const coverName = (slug: string, mediaType: string) =>
  `${slug}.cover.${mediaType === "image/png" ? "png" : "jpg"}`;

export const thumbnailName = (slug: string) => `${slug}.thumbnail.jpg`;
