// After every build, the output folder's download page (index.html) and its
// catalog (catalog.xml, catalog.json), made from the entries its publications
// left there (./entry.ts), whichever build wrote them. A publication whose
// manuscript is gone from a folder this build read is removed first, its files
// with it; an edition whose file is gone leaves the page. The three files are
// written atomically, and only when they change.
import { readFile, rm, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fingerprintName } from "../output/fingerprint.ts";
import { type OutputFile, writeAtomically } from "../output/write-atomic.ts";
import { opdsFeed, opdsJson } from "./catalog.ts";
import { type Entry, readEntries } from "./entry.ts";
import { entryName } from "./file-names.ts";
import { type Listed, newestFirst } from "./listing.ts";
import { downloadPage, PAGE_TITLE } from "./page.ts";

export interface PublishOptions {
  outDir: string;
  cwd: string;
  /** The build's manuscripts and folders: a manuscript missing from a folder among them was removed. */
  inputs: string[];
  date?: Date;
  progress: (line: string) => void;
}

export async function publishOutput(options: PublishOptions): Promise<void> {
  const { outDir } = options;
  const folders = await foldersOf(options.inputs, options.cwd);
  const listed: Listed[] = [];
  for (const entry of await readEntries(outDir)) {
    const manuscript = resolve(outDir, entry.manuscript);
    if (folders.some((folder) => inside(folder, manuscript)) && !(await exists(manuscript))) {
      await remove(outDir, entry);
      options.progress(
        `− ${entry.slug}: removed, as its manuscript ${relative(options.cwd, manuscript)} is gone`,
      );
      continue;
    }
    const editions = [];
    for (const edition of entry.editions) {
      const bytes = await sizeOf(join(outDir, edition.file));
      if (bytes !== undefined) editions.push({ ...edition, bytes });
    }
    const cover =
      entry.cover &&
      (await exists(join(outDir, entry.cover.image))) &&
      (await exists(join(outDir, entry.cover.thumbnail)))
        ? entry.cover
        : undefined;
    if (editions.length > 0) listed.push({ ...entry, editions, cover });
  }
  // A folder where nothing was ever published (every manuscript failed) stays as it was.
  if (listed.length === 0 && !(await exists(join(outDir, "index.html")))) return;
  listed.sort(newestFirst);

  const catalog = { title: PAGE_TITLE, name: relative(options.cwd, outDir), date: options.date };
  const files: OutputFile[] = [
    { name: "index.html", bytes: encode(await downloadPage(listed, outDir)) },
    { name: "catalog.xml", bytes: encode(await opdsFeed(listed, catalog)) },
    { name: "catalog.json", bytes: encode(opdsJson(listed, catalog)) },
  ];
  const changed = [];
  for (const file of files) {
    const old = await readFile(join(outDir, file.name)).catch(() => undefined);
    if (!old?.equals(file.bytes)) changed.push(file);
  }
  if (changed.length > 0) await writeAtomically(outDir, changed);
  for (const file of changed)
    options.progress(
      `✔ ${relative(options.cwd, join(outDir, file.name))}  (${count(listed.length, "publication")})`,
    );
}

/** Every file a publication had in the output folder, its entry last. */
async function remove(outDir: string, entry: Entry): Promise<void> {
  const names = [
    ...entry.editions.map((e) => e.file),
    entry.cover?.image,
    entry.cover?.thumbnail,
    fingerprintName(entry.slug),
    `${entry.slug}.check.json`,
  ];
  await Promise.all(names.map((name) => name && rm(join(outDir, name), { force: true })));
  await rm(join(outDir, entryName(entry.slug)), { force: true });
}

async function foldersOf(inputs: string[], cwd: string): Promise<string[]> {
  const paths = inputs.map((input) => resolve(cwd, input));
  const folders = await Promise.all(
    paths.map((path) =>
      stat(path).then(
        (s) => s.isDirectory(),
        () => false,
      ),
    ),
  );
  return paths.filter((_, i) => folders[i]);
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

/** A file's size, or undefined when there is none. */
function sizeOf(path: string): Promise<number | undefined> {
  return stat(path).then(
    (s) => s.size,
    () => undefined,
  );
}

const exists = async (path: string) => (await sizeOf(path)) !== undefined;
const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
const encode = (text: string) => new TextEncoder().encode(text);
