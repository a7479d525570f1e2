// Outputs replace the old ones only whole: each file is written to a temporary
// name in the output folder and renamed over the old one (a rename is atomic
// on one file system), and only once every file of the publication is ready.
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, files: OutputFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const temporary = files.map((file) => join(outDir, `.${file.name}.${process.pid}.tmp`));
  try {
    await Promise.all(files.map((file, i) => writeFile(temporary[i], file.bytes)));
    for (const [i, file] of files.entries()) await rename(temporary[i], join(outDir, file.name));
  } finally {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
  }
}
