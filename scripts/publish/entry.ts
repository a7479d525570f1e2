// What a publication leaves in the output folder for the download page and the
// catalog (./publish.ts): `.<slug>.publication.json`, its metadata and the files
// of its editions, and its cover with a thumbnail, taken from the EPUB; all of
// them written atomically with the editions. The page and the catalog are made
// from these files alone, so that a publication skipped as unchanged, or built
// by an earlier run with other `--edition`s, keeps its entry without its
// manuscript being read again.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { identifierOf } from "../epub/edition.ts";
import type { Edition, Publication } from "../model.ts";
import { EDITIONS } from "../output/edition-names.ts";
import type { OutputFile } from "../output/write-atomic.ts";
import { coverOfEpub } from "./epub-cover.ts";
import { coverName, entryName, slugOfEntry, thumbnailName } from "./file-names.ts";
import { thumbnailOf } from "./thumbnail.ts";

export interface EntryEdition {
  edition: Edition;
  /** Its file's name in the output folder. */
  file: string;
  /** A PDF's page count. */
  pages?: number;
}

export interface Entry {
  slug: string;
  /** The manuscript (a book's book.yaml), from the output folder: once it is gone, the publication goes. */
  manuscript: string;
  /** The EPUB's identifier. */
  identifier: string;
  title: string;
  subtitle?: string;
  kind?: string;
  book: boolean;
  /** Whom the metadata credits: the authors, or a collection's editors when it has no author. */
  authors: string[];
  credit: "author" | "editor";
  description?: string;
  lang: string;
  /** The publication date, as the manuscript writes it. */
  date?: string;
  /** When its editions were last built (SOURCE_DATE_EPOCH's date in a reproducible build), RFC 3339. */
  updated: string;
  editions: EntryEdition[];
  /** The files of the EPUB's cover and of its thumbnail (a JPEG). */
  cover?: { image: string; mediaType: string; thumbnail: string };
}

/** An edition as just made, before it is written. */
export interface MadeEdition extends OutputFile {
  edition: Edition;
  pages?: number;
}

export interface EntryOptions {
  outDir: string;
  cwd: string;
  date?: Date;
}

/** The entry's file, and the cover and thumbnail when the EPUB was made, to be written with the editions. */
export async function entryFiles(
  publication: Publication,
  made: MadeEdition[],
  options: EntryOptions,
): Promise<OutputFile[]> {
  const { slug, meta, book, authors } = publication;
  const { outDir } = options;
  const previous = await readEntry(outDir, slug);
  const files: OutputFile[] = [];
  // An edition not made in this build (`--edition`) keeps its place while its file is there.
  const kept = [];
  for (const old of previous?.editions ?? []) {
    if (!made.some((m) => m.edition === old.edition) && (await exists(outDir, old.file)))
      kept.push(old);
  }
  const editions = [
    ...made.map(({ edition, name, pages }) => ({ edition, file: name, pages })),
    ...kept,
  ];
  editions.sort((a, b) => EDITIONS.indexOf(a.edition) - EDITIONS.indexOf(b.edition));

  let cover =
    previous?.cover &&
    (await exists(outDir, previous.cover.image)) &&
    (await exists(outDir, previous.cover.thumbnail))
      ? previous.cover
      : undefined;
  const epub = made.find((m) => m.edition === "epub");
  const image = epub && (await coverOfEpub(epub.bytes));
  if (epub) cover = undefined;
  if (image) {
    cover = {
      image: coverName(slug, image.mediaType),
      mediaType: image.mediaType,
      thumbnail: thumbnailName(slug),
    };
    files.push(
      { name: cover.image, bytes: image.bytes },
      { name: cover.thumbnail, bytes: await thumbnailOf(image) },
    );
  }

  const entry: Entry = {
    slug,
    manuscript: relative(outDir, resolve(options.cwd, publication.file.path)),
    identifier: identifierOf(publication),
    title: meta.title,
    subtitle: book?.subtitle,
    kind: meta.kind,
    book: book !== undefined,
    authors: authors.map((a) => a.name),
    credit: book && book.authors.length === 0 && book.editors.length > 0 ? "editor" : "author",
    description: meta.description,
    lang: meta.lang,
    date: meta.date,
    updated: (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/, "Z"),
    editions,
    cover,
  };
  files.push({
    name: entryName(slug),
    bytes: new TextEncoder().encode(`${JSON.stringify(entry, null, 2)}\n`),
  });
  return files;
}

/** Every entry in the output folder, in no particular order. */
export async function readEntries(outDir: string): Promise<Entry[]> {
  const names = await readdir(outDir).catch(() => []);
  const slugs = names.flatMap((name) => slugOfEntry(name) ?? []);
  const entries = await Promise.all(slugs.map((slug) => readEntry(outDir, slug)));
  return entries.filter((entry) => entry !== undefined);
}

async function readEntry(outDir: string, slug: string): Promise<Entry | undefined> {
  try {
    const entry = JSON.parse(await readFile(join(outDir, entryName(slug)), "utf8"));
    return entry.slug === slug && Array.isArray(entry.editions) ? entry : undefined;
  } catch {
    return undefined; // none, or one this Folio cannot read: the next build of that publication writes it anew
  }
}

function exists(outDir: string, name: string): Promise<boolean> {
  return stat(join(outDir, name)).then(
    () => true,
    () => false,
  );
}
