// Images of a manuscript reached through a symbolic link (a folder linked into
// a writer's tree, a corpus checked out elsewhere): a missing image is
// missing, a warning, not "outside the manuscript's folder", an error.
import assert from "node:assert/strict";
import { cp, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { loadPublication } from "../scripts/manuscript/load.ts";

const fixture = new URL("fixtures/bad/image-missing/manuscript/", import.meta.url).pathname;
let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-images-"));
  await cp(fixture, join(work, "real"), { recursive: true });
  await symlink(join(work, "real"), join(work, "linked"));
});
after(() => rm(work, { recursive: true, force: true }));

test("should call a missing image missing in a folder reached through a link", async () => {
  const { files } = await loadPublication(join(work, "linked", "essay.md"), work);
  const rules = files.flatMap((file) => file.messages.map((m) => `${m.ruleId} ${m.fatal}`));
  assert.deepEqual(rules, ["image-missing false"]);
});
