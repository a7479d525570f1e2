// Which publications a check covers, and their files: the manuscripts (by
// slug) and the editions found in the output folders or named one by one. An
// edition expected in a folder but not there is reported, not skipped.
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Edition } from "../model.ts";
import { EDITIONS, outputName } from "../output/edition-names.ts";
import { UsageError } from "../errors.ts";
import { findManuscripts, slugOf } from "../manuscript/find.ts";

export interface PublicationFiles {
  slug: string;
  manuscript?: string;
  /** The editions to check, each with its path; absent ones were expected but are not there. */
  editions: { edition: Edition; path: string; exists: boolean }[];
  /** Where `<slug>.check.json` goes: beside the editions. */
  outDir: string;
}

export interface FindOptions {
  /** Output folders or edition files; default `output`, where missing is no error. */
  outputs?: string[];
  /** Manuscript files or folders; default `manuscript`. */
  manuscripts?: string[];
  editions?: Edition[];
  cwd: string;
}

export async function findPublications(options: FindOptions): Promise<PublicationFiles[]> {
  const { cwd, editions = EDITIONS } = options;
  const manuscripts = new Map<string, string>();
  const paths = options.manuscripts
    ? await findManuscripts(options.manuscripts, cwd)
    : await findManuscripts(["manuscript"], cwd).catch(() => []);
  for (const path of paths) if (!manuscripts.has(slugOf(path))) manuscripts.set(slugOf(path), path);

  const found = new Map<string, PublicationFiles>();
  const publication = (slug: string, outDir: string) => {
    if (!found.has(slug))
      found.set(slug, { slug, manuscript: manuscripts.get(slug), editions: [], outDir });
    return found.get(slug)!;
  };
  const folders: string[] = [];
  for (const output of options.outputs ?? ["output"]) {
    const path = resolve(cwd, output);
    const info = await stat(path).catch(() => undefined);
    if (!info && options.outputs) throw new UsageError(`${output}: no such file or folder`);
    if (!info || info.isDirectory()) {
      folders.push(path);
      for (const name of info ? (await readdir(path)).sort() : []) {
        const edition = editionOf(name, manuscripts);
        if (edition && editions.includes(edition.edition)) publication(edition.slug, path);
      }
      continue;
    }
    const edition = editionOf(basename(path), manuscripts);
    if (!edition)
      throw new UsageError(
        `${output}: Folio checks .pdf and .epub editions (and the manuscripts they come from)`,
      );
    publication(edition.slug, dirname(path)).editions.push({
      edition: edition.edition,
      path,
      exists: true,
    });
  }
  // By default every manuscript is a publication, built or not.
  if (!options.outputs) for (const slug of manuscripts.keys()) publication(slug, folders[0]);
  for (const files of found.values()) {
    if (files.editions.length > 0 || !folders.includes(files.outDir)) continue;
    for (const edition of editions) {
      const path = join(files.outDir, outputName(files.slug, edition));
      files.editions.push({
        edition,
        path,
        exists: await stat(path).then(
          (s) => s.isFile(),
          () => false,
        ),
      });
    }
  }
  return [...found.values()];
}

/** The publication and edition an output's file name says: `x.pdf`, `x-handout.pdf`, `x.epub`. */
function editionOf(
  name: string,
  manuscripts: Map<string, string>,
): { slug: string; edition: Edition } | undefined {
  if (name.endsWith(".epub")) return { slug: name.slice(0, -5), edition: "epub" };
  if (!name.endsWith(".pdf")) return undefined;
  const slug = name.slice(0, -4);
  // A manuscript may itself be named `x-handout.md`: its download PDF wins.
  if (slug.endsWith("-handout") && !manuscripts.has(slug))
    return { slug: slug.slice(0, -8), edition: "handout" };
  return { slug, edition: "pdf" };
}
