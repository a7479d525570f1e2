// The tools a reader's software stands in for: poppler for PDFs, W3C
// EPUBCheck for EPUBs. Tests read real outputs through them.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";

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

export interface OutlineEntry {
  title: string;
  page: number;
  kids: OutlineEntry[];
}

/** The PDF's bookmarks, each with the page (1-based) it opens. */
export async function pdfOutline(path: string): Promise<OutlineEntry[]> {
  const { stdout } = await run("qpdf", ["--json", "--json-key=outlines", path]);
  type Raw = { title: string; destpageposfrom1: number; kids: Raw[] };
  const convert = (entries: Raw[]): OutlineEntry[] =>
    entries.map((e) => ({ title: e.title, page: e.destpageposfrom1, kids: convert(e.kids) }));
  return convert(JSON.parse(stdout).outlines);
}

/** Each word on a page with its box, in points from the top left. */
export async function pdfWords(path: string, page: number) {
  const { stdout } = await run("pdftotext", ["-bbox", "-f", String(page), "-l", String(page), path, "-"]);
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(stdout)!;
  const words = [...stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
    (m) => ({ xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], text: m[5] }),
  );
  return { width: +size[1], height: +size[2], words };
}

/** How many pixels of a page, rendered at 50 dpi, are not a shade of grey. */
export async function colouredPixels(path: string, page: number): Promise<number> {
  const { stdout } = await promisify(execFile)("pdftoppm", ["-r", "50", "-f", String(page), "-l", String(page), path], {
    encoding: "buffer",
    maxBuffer: 64 * 1024 * 1024,
  });
  // Binary PPM (P6): a text header of four fields, then RGB bytes.
  const header = stdout.subarray(0, 64).toString("latin1").split(/\s+/, 4);
  const start = header.join(" ").length + 1;
  let count = 0;
  for (let i = start; i + 2 < stdout.length; i += 3) {
    const [r, g, b] = [stdout[i], stdout[i + 1], stdout[i + 2]];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 16) count++;
  }
  return count;
}

/** The QR codes a phone would read on a page printed at 300 dpi (zbarimg, Debian's zbar-tools). */
export async function qrCodes(path: string, page: number, workDir: string): Promise<string[]> {
  const png = join(workDir, `qr-page-${page}`);
  await run("pdftoppm", ["-png", "-r", "300", "-singlefile", "-f", String(page), "-l", String(page), path, png]);
  const { stdout } = await run("zbarimg", ["-q", "--raw", `${png}.png`]).catch((error) => {
    if (error.code === "ENOENT") throw new Error("zbarimg is not installed (Debian: zbar-tools)");
    return { stdout: "" }; // zbarimg exits 4 when it finds no code
  });
  return stdout.split("\n").filter(Boolean).sort();
}

/** The web links (URI actions) of each page, as a reader's viewer would follow them. */
export async function pdfWebLinks(path: string): Promise<string[][]> {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  return doc.getPages().map((page) => {
    const annots = page.node.Annots();
    const uris: string[] = [];
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots!.lookup(i, PDFDict);
      const action = annot.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookupMaybe(PDFName.of("URI"), PDFString, PDFHexString);
      if (uri) uris.push(uri.decodeText());
    }
    return uris;
  });
}

/** The document catalog's /Lang and whether the viewer shows the title (DisplayDocTitle). */
export async function pdfCatalog(path: string) {
  const doc = await PDFDocument.load(await readFile(path), { updateMetadata: false });
  const lang = doc.catalog.lookupMaybe(PDFName.of("Lang"), PDFString, PDFHexString)?.decodeText();
  const displayDocTitle = doc.catalog.getViewerPreferences()?.getDisplayDocTitle() ?? false;
  return { lang, displayDocTitle, marked: doc.catalog.has(PDFName.of("MarkInfo")) };
}
