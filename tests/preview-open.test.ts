// `folio preview --open`: the system's browser is given the preview's address.
// The `open` package runs xdg-open here, which, with no desktop, runs $BROWSER:
// a script that writes down the address it was given stands in for it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { chmod, cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { spawnFolio, until } from "./helpers/spawn.ts";

const work = await mkdtemp(join(tmpdir(), "folio-preview-open-"));
after(() => rm(work, { recursive: true, force: true }));

test("should open the preview's address in the system's browser with --open only", async () => {
  const bundled = new URL("../manuscript/", import.meta.url).pathname;
  await cp(bundled, join(work, "manuscript"), { recursive: true });
  const opened = join(work, "opened.txt");
  const browser = join(work, "browser.sh");
  await writeFile(browser, `#!/bin/sh\necho "$1" >> "${opened}"\n`);
  await chmod(browser, 0o755);
  // No desktop: xdg-open falls back to $BROWSER.
  const env = { BROWSER: browser, DISPLAY: "", WAYLAND_DISPLAY: "", XDG_CURRENT_DESKTOP: "" };
  const read = () => {
    try {
      return readFileSync(opened, "utf8");
    } catch {
      return "";
    }
  };

  const quiet = await spawnFolio(["preview", "manuscript"], { cwd: work, env });
  assert.ok(await until(() => /http:\S+/.test(quiet.stdout()), 60_000), quiet.stderr());
  quiet.kill("SIGINT");
  assert.equal((await quiet.exited).code, 130);
  assert.equal(read(), "", "nothing opened without --open");

  const preview = await spawnFolio(["preview", "manuscript", "--open"], { cwd: work, env });
  assert.ok(await until(() => /http:\S+/.test(preview.stdout()), 60_000), preview.stderr());
  const address = /http:\S+/.exec(preview.stdout())![0];
  await until(() => read() !== "", 30_000); // the browser script runs in its own time
  preview.kill("SIGINT");
  assert.equal((await preview.exited).code, 130);
  assert.equal(read().trim(), address);
});
