// The hash a job carries: what a publication's editions are made from, read
// as bytes without parsing anything, so that enqueuing a hundred thousand
// publications costs a read of each, not a build's load. It takes in more
// than the build's fingerprint (every author and image beside a manuscript,
// not only its own): a change there queues a job too many, and the worker's
// fingerprint (scripts/output/fingerprint.ts) then skips what is unchanged.
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fingerprint } from "../output/fingerprint.ts";

/** Folders beside a manuscript that it may draw on. */
const SHARED = ["authors", "images"];

export class InputsHasher {
  /** Each shared folder's hash, read once for all the manuscripts beside it. */
  private readonly folders = new Map<string, Promise<string>>();

  /** `options`: what else shapes the editions (which are made); Folio's own code counts too. */
  constructor(private readonly options: object) {}

  async hash(path: string): Promise<string> {
    const hash = createHash("sha256").update(await fingerprint([], this.options));
    // A book or a page bundle (some-post/index.md) is its folder; an article is its file.
    const bundle = basename(path) === "index.md";
    const own = bundle ? dirname(path) : path;
    const whole = bundle || (await stat(path)).isDirectory();
    hash.update(whole ? await this.folder(own) : await readFile(path));
    for (const name of SHARED) hash.update(await this.folder(join(dirname(own), name)));
    return hash.digest("hex");
  }

  private folder(path: string): Promise<string> {
    let hashed = this.folders.get(path);
    if (!hashed) this.folders.set(path, (hashed = folderHash(path)));
    return hashed;
  }
}

/** The names and bytes of every file under `path` ("" when there is no such folder). */
async function folderHash(path: string): Promise<string> {
  const names = await readdir(path, { recursive: true }).catch(() => undefined);
  if (!names) return "";
  const hash = createHash("sha256");
  for (const name of names.sort()) {
    // A sub-folder's name counts, its "bytes" are none.
    hash.update(name).update(await readFile(join(path, name)).catch(() => ""));
  }
  return hash.digest("hex");
}
