// Don't re-do work: a publication whose inputs (its manuscript or a book's
// files, its author files and images, and the listing of each folder its
// authors and chapters were looked for in), Folio itself (its code, templates
// and locked dependencies) and build options are unchanged since its last
// build is skipped, and is decided before the publication is loaded, which is
// most of what a skip saves. What the last build read, the hash of each file
// it wrote and the messages it printed are kept beside the editions, as
// `.<slug>.fingerprint`: a skipped publication prints its warnings again.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Root } from "hast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import type { Publication } from "../model.ts";
import { ROOT } from "../root.ts";

/** What a build of a publication read and said, and the fingerprint of it all. */
export interface BuildRecord {
  fingerprint: string;
  /** Absolute paths of the files and folders the load read. */
  inputs: string[];
  /** The warnings it printed, to print again when it is skipped. */
  messages: string[];
}

export const fingerprintName = (slug: string) => `.${slug}.fingerprint`;

let folio: Promise<string> | undefined;

/** A hash of Folio's code, templates and locked dependencies: a new Folio rebuilds everything. */
function folioFingerprint(): Promise<string> {
  folio ??= (async () => {
    const hash = createHash("sha256");
    for (const folder of ["scripts", "templates"]) {
      const names = (await readdir(join(ROOT, folder), { recursive: true })).sort();
      // Read side by side: one after another, the 245 files took 130-180 ms
      // at load 20, before the first publication's editions could start.
      const files = await Promise.all(
        names.map((name) => readFile(join(ROOT, folder, name)).catch(() => "")),
      );
      for (const [i, name] of names.entries()) hash.update(name).update(files[i]);
    }
    hash.update(await readFile(join(ROOT, "package-lock.json")).catch(() => ""));
    return hash.digest("hex");
  })();
  return folio;
}

/** The files a loaded publication came from (`files`, as the loader read them) and its folders. */
export function inputsOf(publication: Publication, files: VFile[], cwd: string): string[] {
  const images: string[] = [];
  const bios = publication.contributors.flatMap((author) => author.bio ?? []);
  const trees: Root[] = [...publication.chapters.map((chapter) => chapter.body), ...bios];
  for (const tree of trees) {
    visit(tree, "element", (node) => {
      const src = node.properties.src;
      if (typeof src === "string" && src.startsWith("file:")) images.push(fileURLToPath(src));
    });
  }
  const read = files.map((file) => resolve(cwd, file.path));
  return [...new Set([...read, ...images, ...publication.folders])].sort();
}

/** The fingerprint of the inputs as they are now: each file's bytes, each folder's names. */
export async function fingerprint(inputs: string[], options: object): Promise<string> {
  const hash = createHash("sha256").update(await folioFingerprint());
  hash.update(JSON.stringify(options));
  for (const path of inputs) {
    hash.update(`\0${path}\0`);
    const kind = await stat(path).then(
      (s) => (s.isDirectory() ? "folder" : "file"),
      () => "gone",
    );
    hash.update(kind);
    if (kind === "folder") hash.update((await readdir(path)).sort().join("\0"));
    else if (kind === "file") hash.update(await readFile(path));
  }
  return hash.digest("hex");
}

/** What is kept beside the editions: the record, and a hash of each file as written. */
export function stampOf(record: BuildRecord, files: { name: string; bytes: Uint8Array }[]) {
  const hashes = Object.fromEntries(files.map((file) => [file.name, sha256(file.bytes)]));
  return new TextEncoder().encode(JSON.stringify({ ...record, files: hashes }));
}

/**
 * The last build's record when nothing it read has changed since, with the
 * same options, and every file it wrote (`names`) is still there, unchanged.
 */
export async function lastBuild(
  outDir: string,
  slug: string,
  names: string[],
  options: object,
): Promise<BuildRecord | undefined> {
  try {
    const stamp = JSON.parse(await readFile(join(outDir, fingerprintName(slug)), "utf8"));
    // A stamp of an older Folio, which kept no inputs.
    if (!Array.isArray(stamp.inputs) || !Array.isArray(stamp.messages)) return undefined;
    if (stamp.fingerprint !== (await fingerprint(stamp.inputs, options))) return undefined;
    for (const name of names) {
      if (stamp.files[name] !== sha256(await readFile(join(outDir, name)))) return undefined;
    }
    return { fingerprint: stamp.fingerprint, inputs: stamp.inputs, messages: stamp.messages };
  } catch {
    return undefined; // no stamp, or a file gone
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The record of a publication just loaded: what it read, the fingerprint of that, what it said. */
export async function recordOf(
  loaded: { publication: Publication; files: VFile[] },
  cwd: string,
  options: object,
  messages: string[],
): Promise<BuildRecord> {
  const inputs = inputsOf(loaded.publication, loaded.files, cwd);
  return { fingerprint: await fingerprint(inputs, options), inputs, messages };
}
