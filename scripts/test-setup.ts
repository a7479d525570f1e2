// `npm test`'s first step: what the tests need that npm cannot bring. W3C's
// EPUBCheck is a Java program, and the batch tests start a redis-server of
// their own. Where one is missing, on Debian or Ubuntu as root (a fresh
// server, a container, CI) it installs it with apt-get, printing what it runs;
// elsewhere it prints the one command to run and stops, rather than let test
// after test fail. `--dry-run` prints what it would run and runs nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { EPUBCHECK_HELP, epubcheckJar, javaCommand } from "./check/epub/epubcheck.ts";

type Env = Record<string, string | undefined>;

/** Each tool, its Debian package and its Homebrew formula (EPUBCheck's brings Java). */
const TOOLS = [
  {
    package: "default-jre-headless",
    brew: "epubcheck",
    present: (env: Env) => runs(javaCommand(env), ["-version"], env),
  },
  { package: "epubcheck", brew: "epubcheck", present: (env: Env) => Boolean(epubcheckJar(env)) },
  {
    package: "redis-server",
    brew: "redis",
    present: (env: Env) => runs("redis-server", ["--version"], env),
  },
];

const NEEDED = "The tests need Java, W3C's EPUBCheck and redis-server";

export interface Machine {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** 0 for root. */
  uid: number;
  /** /etc/os-release's text, "" where there is none. */
  osRelease: string;
  /** Runs a command, its output to ours; its exit code. */
  run(command: string, args: string[]): number;
  log(line: string): void;
}

/** 0 when every tool is there (installing what is missing if it may), 1 when not. */
export function setUpTests(machine: Machine, dryRun = false): number {
  const missing = missingTools(machine.env);
  if (missing.length === 0) return 0;
  const names = missing.map((tool) => tool.package);
  const debian =
    machine.platform === "linux" && /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(machine.osRelease);
  const install = ["install", "-y", "--no-install-recommends", ...names];
  if (!debian || machine.uid !== 0) {
    const brew = [...new Set(missing.map((tool) => tool.brew))].join(" ");
    const command = debian
      ? `sudo apt-get ${install.join(" ")}`
      : machine.platform === "darwin"
        ? `brew install ${brew}`
        : undefined;
    const how = command ? `Run \`${command}\`, then \`npm test\` again.` : EPUBCHECK_HELP;
    machine.log(`${NEEDED}, missing here (${names.join(", ")}). ${how}`);
    return 1;
  }
  machine.log(`${NEEDED}: installing ${listed(names)} with apt-get.`);
  for (const args of [["update"], install]) {
    machine.log(`$ apt-get ${args.join(" ")}`);
    if (dryRun) continue;
    const code = machine.run("apt-get", args);
    if (code !== 0) {
      const yourself = `install ${listed(names)} yourself, then run \`npm test\` again.`;
      machine.log(`apt-get ${args[0]} failed (exit ${code}): ${yourself}`);
      return 1;
    }
  }
  const still = missingTools(machine.env).map((tool) => tool.package);
  if (dryRun || still.length === 0) return 0;
  machine.log(`${listed(still)}: still missing after apt-get. ${EPUBCHECK_HELP}`);
  return 1;
}

/** "a", "a and b", "a, b and c". */
function listed(names: string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** The tools missing here. */
function missingTools(env: Env) {
  return TOOLS.filter((tool) => !tool.present(env));
}

/** Whether a command runs (exits 0) with this environment. */
function runs(command: string, args: string[], env: Env): boolean {
  try {
    execFileSync(command, args, { env, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = setUpTests(
    {
      env: process.env,
      platform: process.platform,
      uid: process.getuid?.() ?? -1,
      osRelease: (() => {
        try {
          return readFileSync("/etc/os-release", "utf8");
        } catch {
          return "";
        }
      })(),
      // No question from apt-get: it runs unattended.
      run: (command, args) =>
        spawnSync(command, args, {
          stdio: "inherit",
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        }).status ?? 1,
      log: (line) => console.log(line),
    },
    process.argv.includes("--dry-run"),
  );
}
