// Which publications a build covers: each top-level `.md` file of a folder
// (its authors/ and images/ are not publications), or the files named.
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { UsageError } from "../errors.ts";

export async function findManuscripts(inputs: string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${input}: no such file or folder`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith(".md") && !name.startsWith(".")).sort();
      found.push(...names.map((name) => join(path, name)));
    } else if (input.endsWith(".md")) {
      found.push(path);
    } else {
      throw new UsageError(`${input}: a manuscript is a Markdown file ending in .md, or a folder of them`);
    }
  }
  if (found.length === 0) throw new UsageError(`No manuscript (.md file) found in ${inputs.join(", ")}`);
  return found;
}
