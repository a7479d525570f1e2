// Don't re-do work: a publication whose manuscript, authors, images, Folio
// itself (its code, templates and fonts) and build options are unchanged
// since its last build is skipped. The fingerprint of what went into the
// editions is kept beside them, as `.<slug>.fingerprint`.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ROOT } from "../root.ts";

let folio: Promise<string> | undefined;

/** A hash of Folio's own code, templates and locked dependencies: a new Folio rebuilds everything. */
function folioFingerprint(): Promise<string> {
  folio ??= (async () => {
    const hash = createHash("sha256");
    for (const folder of ["scripts", "templates"]) {
      const names = (await readdir(join(ROOT, folder), { recursive: true })).sort();
      // Read side by side: one after another, the 245 files took 130-180 ms
      // at load 20, before the first publication's editions could start.
      const files = await Promise.all(names.map((name) => readFile(join(ROOT, folder, name)).catch(() => "")));
      names.forEach((name, i) => hash.update(name).update(files[i]));
    }
    hash.update(await readFile(join(ROOT, "package-lock.json")).catch(() => ""));
    return hash.digest("hex");
  })();
  return folio;
}

/** The fingerprint of a loaded publication (its text, authors and front matter) and what else shapes its editions. */
export async function fingerprint(publication: object, options: object): Promise<string> {
  const hash = createHash("sha256").update(await folioFingerprint()).update(JSON.stringify(options));
  // Images by their bytes: the trees name them only by their file:// address.
  const images: string[] = [];
  const text = JSON.stringify(publication, (key, value) => {
    if (key === "src" && typeof value === "string" && value.startsWith("file:")) images.push(fileURLToPath(value));
    return value;
  });
  hash.update(text);
  for (const image of images.sort()) hash.update(await readFile(image).catch(() => ""));
  return hash.digest("hex");
}

export const fingerprintName = (slug: string) => `.${slug}.fingerprint`;
