// A PDF's structure and bookmarks as qpdf reads them.
import { runTool } from "./exec.ts";

export interface QpdfCheck {
  /** 0: sound; 2: errors; 3: warnings only. */
  code: number;
  /** What qpdf said was wrong, a line each. */
  problems: string[];
}

/** `qpdf --check`: cross-reference table, objects and every stream decoded. */
export async function qpdfCheck(path: string): Promise<QpdfCheck> {
  const { stdout, stderr, code } = await runTool("qpdf", ["--check", path], { okCodes: [0, 2, 3] });
  // Its normal chatter (version, encryption, linearization) is not a problem.
  const chatter = /^(checking |PDF Version|File is not (encrypted|linearized)|No syntax or stream encoding errors|errors that qpdf cannot detect|R = |P = |User password|Supplied password|extract for |print |modify |Linearization|\s*$)/;
  const problems = `${stderr}\n${stdout}`.split("\n").filter((line) => !chatter.test(line)).map((line) => line.trim());
  return { code, problems: code === 0 ? [] : problems.length > 0 ? problems : [`qpdf --check exited ${code}`] };
}

export interface OutlineEntry {
  title: string;
  /** The page it opens, from 1 (0 when it opens none). */
  page: number;
  kids: OutlineEntry[];
}

/** The PDF's bookmarks, each with the page (1-based) it opens: qpdf resolves named destinations. */
export async function pdfOutline(path: string): Promise<OutlineEntry[]> {
  const { stdout } = await runTool("qpdf", ["--json", "--json-key=outlines", path], { okCodes: [0, 3] });
  type Raw = { title: string; destpageposfrom1: number | null; kids: Raw[] };
  const convert = (entries: Raw[]): OutlineEntry[] =>
    entries.map((e) => ({ title: e.title, page: e.destpageposfrom1 ?? 0, kids: convert(e.kids ?? []) }));
  return convert(JSON.parse(stdout).outlines ?? []);
}
