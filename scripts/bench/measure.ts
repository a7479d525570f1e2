// Runs one command and measures it as a user would feel it: wall time, and
// the peak memory of its whole process tree (a browser's processes included),
// read from /proc every 50 ms when asked (the reading costs CPU). Memory is the proportional set size (PSS): a
// page shared by Chromium's processes counts once, split among them, where
// adding up their resident sizes would count it in each.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

export interface Measured {
  seconds: number;
  /** Peak resident memory of the process and all its descendants, in bytes (0 unless `memory` was asked for). */
  peakBytes: number;
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; memory?: boolean; selfTimed?: boolean },
): Promise<Measured> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let stdout = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  child.stdout.on("data", (chunk) => (stdout += chunk));
  let peakBytes = 0;
  const poll = options.memory
    ? setInterval(() => (peakBytes = Math.max(peakBytes, treeMemory(child.pid!))), 50)
    : undefined;
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  if (code !== 0)
    throw new Error(`${command} ${args.join(" ")} exited ${code}:\n${stderr.slice(-2000)}`);
  const own = options.selfTimed ? /^seconds (\S+)$/m.exec(stdout) : undefined;
  if (options.selfTimed && !own)
    throw new Error(`${command} ${args.join(" ")} did not print its time`);
  const seconds = own ? Number(own[1]) : (performance.now() - started) / 1000;
  return { seconds, peakBytes };
}

/** Resident memory of `root` and every process below it. */
function treeMemory(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields start after the last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += proportional(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** A process's proportional set size in bytes, 0 if it has ended. */
function proportional(pid: number): number {
  try {
    const kB = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return kB ? Number(kB[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
