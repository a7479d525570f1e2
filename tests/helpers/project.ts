// A project of its own for a test: a folder whose manuscript/ holds the
// given files, built with the CLI as a user would, and the editions it wrote.
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Epub } from "./epub.ts";
import { runFolio } from "./run.ts";

/** Writes `files` under `<work>/<name>/manuscript/` and builds them (EPUB only, the quickest edition, unless `argv` says otherwise). */
export async function buildProject(
  work: string,
  name: string,
  files: Record<string, string>,
  argv = ["--edition", "epub"],
) {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, "manuscript", path, ".."), { recursive: true });
    await writeFile(join(dir, "manuscript", path), text);
  }
  const run = await runFolio(["build", ...argv], { cwd: dir });
  // The editions: not the fingerprints, nor the download page, the catalog and the covers beside them.
  const written = (await readdir(join(dir, "output")).catch(() => [])).filter((file) =>
    /\.(?:pdf|epub)$/.test(file),
  );
  const epub = async (slug: string) =>
    Epub.load(await readFile(join(dir, "output", `${slug}.epub`)));
  return { ...run, dir, written, epub };
}
