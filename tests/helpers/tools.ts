// The tools a reader's software stands in for: poppler for PDFs, W3C
// EPUBCheck for EPUBs. Tests read real outputs through them.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The text of one page (1-based), or of the whole PDF. */
export async function pdfText(path: string, page?: number): Promise<string> {
  const range = page ? ["-f", String(page), "-l", String(page)] : [];
  return (await run("pdftotext", ["-layout", ...range, path, "-"])).stdout;
}

/** pdfinfo's `Key: value` lines as an object. */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run("pdfinfo", [path]);
  return Object.fromEntries(stdout.split("\n").filter(Boolean).map((line) => {
    const colon = line.indexOf(":");
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  }));
}

/** One row per font: its name and whether it is embedded. */
export async function pdfFonts(path: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run("pdffonts", [path]);
  return stdout.split("\n").slice(2).filter(Boolean).map((line) => {
    const columns = line.trim().split(/\s+/);
    // name type... encoding emb sub uni object ID: emb is the 5th column from the end
    return { name: columns[0], embedded: columns[columns.length - 5] === "yes" };
  });
}

// Debian installs EPUBCheck as a bare jar, so it runs through java.
const EPUBCHECK_JAR = process.env.EPUBCHECK_JAR ?? "/usr/share/java/epubcheck.jar";

export interface EpubcheckReport {
  fatal: number;
  error: number;
  warning: number;
  messages: { ID: string; severity: string; message: string }[];
}

export async function epubcheck(path: string, workDir: string): Promise<EpubcheckReport> {
  const report = join(workDir, "epubcheck.json");
  // EPUBCheck exits 1 when it finds errors; the JSON report says which.
  await run("java", ["-jar", EPUBCHECK_JAR, path, "--json", report]).catch((error) => {
    if (error.code === "ENOENT") throw new Error("java is not installed: EPUBCheck needs a Java runtime");
  });
  const { checker, messages } = JSON.parse(await readFile(report, "utf8"));
  return { fatal: checker.nFatal, error: checker.nError, warning: checker.nWarning, messages };
}
