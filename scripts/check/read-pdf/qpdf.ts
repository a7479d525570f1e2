// A PDF's soundness as `qpdf --check` says it (the cross-reference table,
// every object, every stream decoded), run as qpdf compiled to WebAssembly
// (@neslinesli93/qpdf-wasm): qpdf itself, from npm, with no program to
// install. pdf.js and pdf-lib repair a damaged file silently as they read it,
// so neither can say that it is damaged.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename } from "node:path";
import createQpdf from "@neslinesli93/qpdf-wasm";

const require = createRequire(import.meta.url);

export interface QpdfCheck {
  /** 0: sound; 2: errors; 3: warnings only. */
  code: number;
  /** What qpdf said was wrong, a line each. */
  problems: string[];
}

/** Its normal chatter (version, encryption, linearization) is not a problem. */
const CHATTER =
  /^(checking |PDF Version|File is not (encrypted|linearized)|No syntax or stream encoding errors|errors that qpdf cannot detect|R = |P = |User password|Supplied password|extract for |print |modify |Linearization|\s*$)/;

export async function qpdfCheck(path: string): Promise<QpdfCheck> {
  const said: number[] = [];
  const write = (byte: number | null) => void (byte !== null && said.push(byte));
  // A new instance per file: an Emscripten program runs its main once.
  const qpdf = await (createQpdf as unknown as (options: object) => Promise<Qpdf>)({
    // Any name keeps it from taking the name of the process's script; it then calls itself "this.program".
    thisProgram: "qpdf",
    locateFile: () => require.resolve("@neslinesli93/qpdf-wasm/dist/qpdf.wasm"),
    // Its output to us, not to the process's stdout and stderr; nothing to read from stdin.
    preRun: [(module: Qpdf) => module.FS.init(() => null, write, write)],
  });
  const name = `/${basename(path)}`;
  qpdf.FS.writeFile(name, await readFile(path));
  // Emscripten sets the process's exit code as the program exits: keep ours.
  const exitCode = process.exitCode;
  const code = qpdf.callMain(["--check", name]);
  process.exitCode = exitCode;
  const problems = Buffer.from(said)
    .toString("utf8")
    .split("\n")
    .filter((line) => !CHATTER.test(line))
    // Each line names the program and the file as written into qpdf's memory.
    .map((line) =>
      line
        .replace(/^this\.program: /, "")
        .replaceAll(name, basename(path))
        .trim(),
    );
  return {
    code,
    problems: code === 0 ? [] : problems.length > 0 ? problems : [`qpdf --check exited ${code}`],
  };
}

interface Qpdf {
  callMain(args: string[]): number;
  FS: {
    init(
      input: () => null,
      output: (byte: number | null) => void,
      error: (byte: number | null) => void,
    ): void;
    writeFile(path: string, data: Uint8Array): void;
  };
}
