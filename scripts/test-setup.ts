// `npm test`'s first step: the one thing the tests need that npm cannot bring
// is W3C's EPUBCheck, a Java program. Where Java or its jar is missing, on
// Debian or Ubuntu as root (a fresh server, a container, CI) it installs them
// with apt-get, printing what it runs; elsewhere it prints the one command to
// run and stops, rather than let test after test fail. `--dry-run` prints
// what it would run and runs nothing.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { EPUBCHECK_HELP, epubcheckJar, javaCommand } from "./check/epub/epubcheck.ts";

/** The Debian packages, and what each stands for. */
const PACKAGES = { java: "default-jre-headless", epubcheck: "epubcheck" };

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

/** 0 when Java and EPUBCheck are there (installing them if it may), 1 when not. */
export function setUpTests(machine: Machine, dryRun = false): number {
  const missing = missingPackages(machine.env);
  if (missing.length === 0) return 0;
  const debian =
    machine.platform === "linux" && /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(machine.osRelease);
  const install = ["install", "-y", "--no-install-recommends", ...missing];
  if (!debian || machine.uid !== 0) {
    const command = debian
      ? `sudo apt-get ${install.join(" ")}`
      : machine.platform === "darwin"
        ? "brew install epubcheck"
        : undefined;
    machine.log(
      `The tests need Java and W3C's EPUBCheck, missing here (${missing.join(", ")}). ${command ? `Run \`${command}\`, then \`npm test\` again.` : EPUBCHECK_HELP}`,
    );
    return 1;
  }
  machine.log(
    `The tests need Java and W3C's EPUBCheck: installing ${missing.join(" and ")} with apt-get.`,
  );
  for (const args of [["update"], install]) {
    machine.log(`$ apt-get ${args.join(" ")}`);
    if (dryRun) continue;
    const code = machine.run("apt-get", args);
    if (code !== 0) {
      machine.log(
        `apt-get ${args[0]} failed (exit ${code}): install ${missing.join(" and ")} yourself, then run \`npm test\` again.`,
      );
      return 1;
    }
  }
  if (dryRun || missingPackages(machine.env).length === 0) return 0;
  machine.log(`Java or EPUBCheck is still missing after apt-get. ${EPUBCHECK_HELP}`);
  return 1;
}

/** The Debian packages that would bring what is missing. */
function missingPackages(env: Record<string, string | undefined>): string[] {
  const missing: string[] = [];
  try {
    execFileSync(javaCommand(env), ["-version"], { env, stdio: "ignore" });
  } catch {
    missing.push(PACKAGES.java);
  }
  if (!epubcheckJar(env)) missing.push(PACKAGES.epubcheck);
  return missing;
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
