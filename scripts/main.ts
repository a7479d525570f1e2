// The command line as a function: arguments in, exit code out, so that tests
// run it in-process. The one place that turns errors into exit codes:
// 0 done, 1 a manuscript (or an edition, for `check`) has errors, 2 a usage or
// environment problem (a bad flag, no browser, a render that failed),
// 130/143 interrupted. Anything else is a bug, and shows its stack.
import { buildCommand } from "./commands/build.ts";
import { checkCommand } from "./commands/check.ts";
import { importCommand } from "./commands/import.ts";
import { EnvironmentError, UsageError } from "./errors.ts";
import type { Command, CommandContext } from "./io.ts";
import { BrowserNotFoundError } from "./pdf/find-browser.ts";

export type MainOptions = CommandContext;

const COMMANDS: Record<string, Command> = {
  build: buildCommand,
  check: checkCommand,
  import: importCommand,
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`);
  return `Usage: folio <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nfolio <command> --help tells more.\n`;
}

export async function main(options: MainOptions): Promise<number> {
  const { stdout, stderr } = options;
  const [name, ...argv] = options.argv;
  const command = name ? COMMANDS[name] : undefined;
  if (name === "--help" || name === "-h") return stdout.write(usage()), 0;
  if (!command) {
    stderr.write(`${name ? `Unknown command \`${name}\`.` : "No command given."}\n\n${usage()}`);
    return 2;
  }
  if (argv.includes("--help") || argv.includes("-h")) return stdout.write(command.usage), 0;
  try {
    return await command.run({ ...options, argv });
  } catch (error) {
    if (options.signal?.aborted) {
      stderr.write("Interrupted: nothing was written for the publication being built.\n");
      return options.signal.reason === "SIGTERM" ? 143 : 130;
    }
    if (error instanceof UsageError || error instanceof EnvironmentError || error instanceof BrowserNotFoundError) {
      stderr.write(`${error.message}\n`);
      return 2;
    }
    // parseArgs reports unknown or malformed flags with these codes: usage errors, not bugs.
    if ((error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      stderr.write(`${(error as Error).message}\n\n${command.usage}`);
      return 2;
    }
    throw error;
  }
}
