// The preview's save-to-update time, as a writer feels it: `npm run preview`
// of one manuscript, its page open in a browser, then a sentence changed and
// saved three times; each time from the save to the page showing the new
// pages. Prints `seconds <median>` for the benchmark (its own timing, not the
// command's wall time, which holds the start-up).
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { findBrowser } from "../browser/find.ts";
import { launchBrowser } from "../browser/launch.ts";

const [manuscript] = process.argv.slice(2);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const script = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts.preview as string;
// The PATH as npm sets it.
const env = { ...process.env, PATH: `${ROOT}node_modules/.bin:${process.env.PATH}` };
const preview = spawn("sh", ["-c", `cd "$0" && ${script} "$@"`, ROOT, manuscript], {
  env,
  stdio: ["ignore", "pipe", "inherit"],
  detached: true, // its own process group: the shell, the CLI and its browser stop together
});
const address = addressOf(preview);
address.catch(() => {}); // awaited below
const found = await findBrowser({ env: process.env });
const { browser, close } = await launchBrowser({ executablePath: found!.executablePath });
try {
  const page = await browser.newPage();
  await page.goto(await address);
  const shown = async (version: number) => {
    const newer = (v: number) => {
      const shown = Number(document.body.dataset.version);
      return shown > v ? shown : 0;
    };
    const handle = await page.waitForFunction(newer, { timeout: 300_000 }, version);
    return Number(await handle.jsonValue());
  };
  let version = await shown(0);
  const text = await readFile(manuscript, "utf8");
  const times: number[] = [];
  for (const word of ["first", "second", "third"]) {
    // A sentence after the first paragraph's: the text reflows from there.
    const edited = text.replace(/\n\n([^\n-][^\n]*?)\n/, `\n\n$1 An edit, the ${word}.\n`);
    const saved = performance.now();
    await writeFile(manuscript, edited);
    version = await shown(version);
    times.push((performance.now() - saved) / 1000);
  }
  await writeFile(manuscript, text);
  process.stdout.write(`seconds ${times.sort((a, b) => a - b)[1]}\n`);
} finally {
  await close();
  process.kill(-preview.pid!, "SIGINT");
}

/** The address the preview prints once it listens. */
function addressOf(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk) => {
      out += chunk;
      const found = /http:\S+/.exec(out);
      if (found) resolve(found[0]);
    });
    child.on("exit", (code) => reject(new Error(`the preview exited ${code} before it listened`)));
  });
}
