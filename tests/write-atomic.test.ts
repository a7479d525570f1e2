// The atomic writes' sweep of temporary files in an output folder that
// several machines share (`npm run batch`'s workers): only this machine's
// leftovers of processes that are gone are removed.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { writeAtomically } from "../scripts/output/write-atomic.ts";

test("should sweep this machine's dead leftovers, never another machine's", async () => {
  const out = await mkdtemp(join(tmpdir(), "folio-write-atomic-"));
  try {
    const here = createHash("sha256").update(hostname()).digest("hex").slice(0, 8);
    const there = here === "00000000" ? "11111111" : "00000000";
    const dead = spawnSync(process.execPath, ["-e", ""]).pid; // a process that has exited
    const leftovers = {
      mine: `.a.pdf.${here}-${dead}.tmp`,
      alive: `.b.pdf.${here}-${process.pid}.tmp`,
      elsewhere: `.c.pdf.${there}-${dead}.tmp`,
    };
    for (const name of Object.values(leftovers)) await writeFile(join(out, name), "half");
    await writeAtomically(out, [{ name: "d.pdf", bytes: new TextEncoder().encode("whole") }]);
    const names = await readdir(out);
    assert.deepEqual(names.sort(), [leftovers.alive, leftovers.elsewhere, "d.pdf"].sort());
    assert.equal(await readFile(join(out, "d.pdf"), "utf8"), "whole");
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
