// The command line as a function: arguments in, exit code out, so that tests
// run it in-process. The one place that turns errors into exit codes:
// 0 done, 1 a manuscript (or an edition, for `check`) has errors, 2 a usage or
// environment problem (a bad flag, no browser, a render that failed),
// 130/143 interrupted. Anything else is a bug, and shows its stack.
import { FolioError } from "./errors.ts";
import type { Command, CommandContext } from "./io.ts";

export type MainOptions = CommandContext;

// Each command's code is loaded only when it runs: the import command's HTML
// tools and the check command's validators cost a build a second of start-up.
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  build: {
    summary: "build the editions of each manuscript",
    load: async () => (await import("./commands/build.ts")).buildCommand,
  },
  check: {
    summary: "check the manuscripts and their editions",
    load: async () => (await import("./commands/check.ts")).checkCommand,
  },
  batch: {
    summary: "queue publications for the workers, or report on the queue",
    load: async () => (await import("./commands/batch.ts")).batchCommand,
  },
  worker: {
    summary: "build the queued publications, until stopped",
    load: async () => (await import("./commands/worker.ts")).workerCommand,
  },
  preview: {
    summary: "show the editions in a browser, laid out again on each save",
    load: async () => (await import("./commands/preview.ts")).previewCommand,
  },
  import: {
    summary: "make a manuscript of a copied article or a saved web page",
    load: async () => (await import("./commands/import.ts")).importCommand,
  },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: folio <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nfolio <command> --help tells more.\n`;
}

export async function main(options: MainOptions): Promise<number> {
  const { stdout, stderr } = options;
  const [name, ...argv] = options.argv;
  const entry = name ? COMMANDS[name] : undefined;
  if (name === "--help" || name === "-h") {
    stdout.write(usage());
    return 0;
  }
  if (!entry) {
    stderr.write(`${name ? `Unknown command \`${name}\`.` : "No command given."}\n\n${usage()}`);
    return 2;
  }
  const command = await entry.load();
  if (argv.includes("--help") || argv.includes("-h")) {
    stdout.write(command.usage);
    return 0;
  }
  try {
    return await command.run({ ...options, argv });
  } catch (error) {
    if (options.signal?.aborted) {
      stderr.write("Interrupted: nothing was written for the publication being built.\n");
      return options.signal.reason === "SIGTERM" ? 143 : 130;
    }
    // Each error a person can fix carries its own code (scripts/errors.ts).
    if (error instanceof FolioError) {
      stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    // parseArgs reports unknown or malformed flags with these codes: usage errors, not bugs.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      stderr.write(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    throw error;
  }
}
