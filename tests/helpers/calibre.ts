// Calibre's ebook-convert (Debian: `calibre`), standing in for the Kindle
// conversion Send to Kindle does: EPUB → AZW3 (KF8), then back to EPUB, where
// what survived can be read.
import { execFile, execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);

export const hasCalibre = (() => {
  try {
    execFileSync("ebook-convert", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

export interface Converted {
  /** ebook-meta's `Key : value` lines for the AZW3. */
  meta: Record<string, string>;
  /** Bytes of the cover the AZW3 carries, if any. */
  cover?: Buffer;
  /** The AZW3 converted back to EPUB. */
  roundTrip: JSZip;
}

export async function throughKindleFormat(epub: string, workDir: string): Promise<Converted> {
  const azw3 = join(workDir, "book.azw3");
  const back = join(workDir, "round-trip.epub");
  const coverFile = join(workDir, "azw3-cover.jpg");
  await run("ebook-convert", [epub, azw3], { timeout: 120_000 });
  const { stdout } = await run("ebook-meta", [azw3, `--get-cover=${coverFile}`]);
  const meta = Object.fromEntries(
    stdout
      .split("\n")
      .filter((line) => line.includes(" : "))
      .map((line) => {
        const colon = line.indexOf(" : ");
        return [line.slice(0, colon).trim(), line.slice(colon + 3).trim()];
      }),
  );
  await run("ebook-convert", [azw3, back], { timeout: 120_000 });
  return {
    meta,
    cover: await readFile(coverFile).catch(() => undefined),
    roundTrip: await JSZip.loadAsync(await readFile(back)),
  };
}
