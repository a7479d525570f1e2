// Outputs replace the old ones only whole: each file is written to a temporary
// name in the output folder and renamed over the old one (a rename is atomic
// on one file system), and only once every file of the publication is ready.
// A build killed meanwhile (SIGKILL, a power cut) leaves its temporary files:
// the next write sweeps those of processes that are gone. A temporary name
// carries its machine's tag too: in a folder shared by the workers of
// `npm run batch`, another machine's process ids mean nothing here, and its
// files being written are not swept.
import { createHash } from "node:crypto";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { join } from "node:path";

/** This machine, in a temporary file's name: a hash, as a host name may hold dots. */
const HOST = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);

export interface OutputFile {
  name: string;
  bytes: Uint8Array;
}

export async function writeAtomically(outDir: string, files: OutputFile[]): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await sweepLeftovers(outDir);
  const temporary = files.map((file) => join(outDir, `.${file.name}.${HOST}-${process.pid}.tmp`));
  try {
    await Promise.all(files.map((file, i) => writeFile(temporary[i], file.bytes)));
    for (const [i, file] of files.entries()) await rename(temporary[i], join(outDir, file.name));
  } finally {
    await Promise.all(temporary.map((path) => rm(path, { force: true })));
  }
}

/** Removes the temporary files of this machine's builds that died before they could. */
async function sweepLeftovers(outDir: string): Promise<void> {
  const names = await readdir(outDir);
  const leftovers = names.filter((name) => {
    const [, host, pid] = /^\..+\.([0-9a-f]{8})-(\d+)\.tmp$/.exec(name) ?? [];
    return host === HOST && !running(Number(pid));
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
