// `npm run bench`: Folio and the tools people use today, measured in the same
// run on the same machine, several runs each; prints the medians, the peak
// memory of each process tree and the ratios issue 6 sets as targets, and
// writes them to output/bench.json. A benchmark, not a test: it fails nothing.
// Without pandoc it measures Folio alone and says which ratios it could not take.
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { findBrowser } from "../browser/find.ts";
import { hasPandoc, prepare } from "./cases.ts";
import { measure } from "./measure.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "3" },
    tiny: { type: "boolean", default: false },
    // The corpus beside the project (../shared/corpus), wherever the command runs from.
    corpus: {
      type: "string",
      default: new URL("../../../shared/corpus", import.meta.url).pathname,
    },
    json: { type: "string", default: "output/bench.json" },
    // These measurements alone (ids, comma-separated) and the targets between them.
    only: { type: "string" },
  },
});
const runs = Number(values.runs);
const browser = (await findBrowser({ env: process.env }))?.executablePath;
if (!browser) throw new Error("No Chrome or Chromium found: see the README");

const work = await mkdtemp(join(tmpdir(), "folio-bench-"));
try {
  const prepared = await prepare(work, resolve(values.corpus), browser, values.tiny);
  const only = values.only?.split(",");
  const measurements = prepared.measurements.filter((m) => !only || only.includes(m.id));
  const targets = prepared.targets.filter((t) => !only || t.ratio.every((id) => only.includes(id)));
  const { cannot } = prepared;
  // Wall times are taken with nothing else watching: reading each process's
  // memory from /proc every 50 ms takes a core's share on a 2-core machine
  // (it added a quarter to Folio's article build, whose browser has more
  // processes to read). Memory is read in one more round of its own.
  const samples = new Map<string, { seconds: number[]; peakBytes: number }>();
  for (let round = 1; round <= runs + 1; round++) {
    const sampled = round > runs;
    for (const m of measurements) {
      // The memory round runs a scaled measurement's commands once (ten articles' worth stand for one).
      const commands = sampled ? m.runs.slice(0, m.runs.length / (m.scale ?? 1)) : m.runs;
      let seconds = 0;
      let peakBytes = 0;
      for (const run of commands) {
        const result = await measure(run.command, run.args, {
          cwd: work,
          env: run.env,
          memory: sampled,
          selfTimed: run.selfTimed,
        });
        seconds += result.seconds;
        peakBytes = Math.max(peakBytes, result.peakBytes);
      }
      const sample = samples.get(m.id) ?? { seconds: [], peakBytes: 0 };
      if (sampled) sample.peakBytes = peakBytes;
      else sample.seconds.push(seconds * (m.scale ?? 1));
      samples.set(m.id, sample);
      const what = sampled
        ? `memory ${(peakBytes / 2 ** 20).toFixed(0)} MiB`
        : `${(seconds * (m.scale ?? 1)).toFixed(2)} s`;
      process.stdout.write(
        `  ${sampled ? "memory" : `run ${round}/${runs}`}  ${m.label}: ${what}\n`,
      );
    }
  }

  const median = (id: string) => {
    const sorted = [...samples.get(id)!.seconds].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  const rows = measurements.map((m) => ({
    id: m.id,
    label: m.label,
    seconds: median(m.id),
    peakMiB: samples.get(m.id)!.peakBytes / 2 ** 20,
  }));
  const results = targets.map((t) => {
    const ratio = median(t.ratio[0]) / median(t.ratio[1]);
    return {
      ...t,
      ratio: Number(ratio.toFixed(2)),
      met: t.atLeast ? ratio >= t.limit : ratio <= t.limit,
    };
  });

  const machine = {
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: execFileSync(browser, ["--version"], { encoding: "utf8" }).trim(),
    pandoc: hasPandoc()
      ? execFileSync("pandoc", ["--version"], { encoding: "utf8" }).split("\n")[0]
      : "no pandoc",
    date: new Date().toISOString().slice(0, 10),
  };
  process.stdout.write(`\n${table(rows, results, runs, machine)}\n`);
  const notCompared = cannot.map((t) => t.label);
  if (notCompared.length > 0)
    process.stdout.write(
      `\nNot compared, pandoc not installed (Debian: apt-get install pandoc): ${notCompared.join("; ")}\n`,
    );
  await mkdir(dirname(resolve(values.json)), { recursive: true });
  await writeFile(
    resolve(values.json),
    JSON.stringify({ machine, runs, measurements: rows, targets: results, notCompared }, null, 2) +
      "\n",
  );
} finally {
  await rm(work, { recursive: true, force: true });
}

function table(
  rows: { label: string; seconds: number; peakMiB: number }[],
  results: { label: string; ratio: number; met: boolean }[],
  runs: number,
  machine: Record<string, string | number>,
): string {
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.chromium}; ${machine.pandoc}; Node ${machine.node}; ${machine.date}; median of ${runs} timed runs, memory from one more run`,
    "",
    "| measured | median wall time | peak memory (process tree) |",
    "| --- | ---: | ---: |",
    ...rows.map((r) => `| ${r.label} | ${r.seconds.toFixed(2)} s | ${Math.round(r.peakMiB)} MiB |`),
    "",
    "| target | ratio | met |",
    "| --- | ---: | :---: |",
    ...results.map((r) => `| ${r.label} | ${r.ratio.toFixed(2)} | ${r.met ? "✔" : "✖"} |`),
  ];
  return lines.join("\n");
}
