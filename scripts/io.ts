// What a command gets from the world: its arguments and where to write, passed
// in so that tests run every command in-process.
export interface CommandContext {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  signal?: AbortSignal;
}

/** A command: its usage text, and how it runs; resolves to the exit code. */
export interface Command {
  usage: string;
  run(context: CommandContext): Promise<number>;
}
