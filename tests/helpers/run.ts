// Runs the CLI in-process, as a user would run it, and captures what it says.
import { main } from "../../scripts/main.ts";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runFolio(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await main({
    argv,
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? process.env,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}
