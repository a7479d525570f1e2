// Outputs replace the old ones only whole: each file is written to a temporary
// name in the output folder and renamed over the old one (a rename is atomic
// on one file system), and only once every file of the publication is ready.
// A build killed meanwhile (SIGKILL, a power cut) leaves its temporary files:
// the next write sweeps those of processes that are gone.
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, files: OutputFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await sweepLeftovers(outDir);
  const temporary = files.map((file) => join(outDir, `.${file.name}.${process.pid}.tmp`));
  try {
    await Promise.all(files.map((file, i) => writeFile(temporary[i], file.bytes)));
    for (const [i, file] of files.entries()) await rename(temporary[i], join(outDir, file.name));
  } finally {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
  }
}

/** Removes the temporary files of builds that died before they could. */
async function sweepLeftovers(outDir: string): Promise<void> {
  const names = await readdir(outDir);
  const leftovers = names.filter((name) => {
    const pid = /^\..+\.(\d+)\.tmp$/.exec(name)?.[1];
    return pid !== undefined && !running(Number(pid));
  });
  await Promise.all(leftovers.map((name) => rm(join(outDir, name), { force: true })));
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"; // it exists, as another user's
  }
}
