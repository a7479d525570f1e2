import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { homedir } from "node:os";
import path from "node:path";
import { BrowserNotFoundError } from "../errors.ts";

export interface FoundBrowser {
  executablePath: string;
  /** Where the path came from, for `--verbose` output and error messages. */
  source: string;
}

export interface FindBrowserOptions {
  /** The CLI's `--browser` flag: wins over everything else. */
  path?: string;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}

export const browserHelp =
  "Folio renders PDFs with Chrome or Chromium. Install one (on Debian or Ubuntu: `apt-get install chromium`; " +
  "on macOS: Google Chrome or Chromium in /Applications), or point Folio at an executable with " +
  "`--browser /path/to/chrome` or the FOLIO_BROWSER environment variable. On Linux x64 the Chromium " +
  "bundled in the @sparticuz/chromium npm package is used when nothing else is found.";

// Names Debian, Ubuntu, Fedora, Arch and Google's packages install on PATH.
const names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

// Places that are not on PATH: macOS app bundles, Google's /opt install, snap.
const fixedPaths = [
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  path.join(homedir(), "Applications/Google Chrome.app/Contents/MacOS/Google Chrome"),
  path.join(homedir(), "Applications/Chromium.app/Contents/MacOS/Chromium"),
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
];

export async function findBrowser(options: FindBrowserOptions): Promise<FoundBrowser | undefined> {
  const { env, signal } = options;
  signal?.throwIfAborted();

  // [value, where it came from, how the user wrote it]
  const explicit: Array<[string | undefined, string, string]> = [
    [options.path, "--browser", `--browser ${options.path}`],
    [env.FOLIO_BROWSER, "FOLIO_BROWSER", `FOLIO_BROWSER=${env.FOLIO_BROWSER}`],
    [
      env.PUPPETEER_EXECUTABLE_PATH,
      "PUPPETEER_EXECUTABLE_PATH",
      `PUPPETEER_EXECUTABLE_PATH=${env.PUPPETEER_EXECUTABLE_PATH}`,
    ],
  ];
  for (const [value, source, written] of explicit) {
    // An explicit choice that is wrong is an error, not a reason to quietly use another browser.
    if (value) return { executablePath: await checkExplicit(value, written, env), source };
  }

  for (const name of names) {
    const found = await searchPath(name, env);
    if (found) return { executablePath: found, source: `${name} on PATH` };
  }
  for (const candidate of fixedPaths) {
    if (await isExecutable(candidate)) return { executablePath: candidate, source: candidate };
  }

  signal?.throwIfAborted();
  return findBundled();
}

async function checkExplicit(
  value: string,
  written: string,
  env: FindBrowserOptions["env"],
): Promise<string> {
  // A bare name such as `chromium` is looked up on PATH, as a shell would.
  const resolved = value.includes(path.sep) ? path.resolve(value) : await searchPath(value, env);
  if (resolved && (await isExecutable(resolved))) return resolved;
  throw new BrowserNotFoundError(`${written}: no executable file there`);
}

async function searchPath(
  name: string,
  env: FindBrowserOptions["env"],
): Promise<string | undefined> {
  for (const dir of (env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (await isExecutable(candidate)) return candidate;
  }
  return undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

// @sparticuz/chromium ships a headless Chromium for Linux x64 only (its arm64
// build is not in the npm package). `executablePath()` inflates it into
// os.tmpdir() once and reuses it afterwards.
async function findBundled(): Promise<FoundBrowser | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let chromium: { executablePath(): Promise<string> };
  try {
    chromium = (await import("@sparticuz/chromium")).default;
  } catch {
    return undefined; // not installed: an optional fallback
  }
  try {
    return {
      executablePath: await chromium.executablePath(),
      source: "@sparticuz/chromium (bundled)",
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BrowserNotFoundError(
      `the Chromium bundled in @sparticuz/chromium could not be unpacked: ${reason}`,
    );
  }
}
