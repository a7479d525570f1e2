// Faults: the build interrupted, killed, or run twice at once. Real processes,
// real signals, at real moments; the outputs are always whole.
import assert from "node:assert/strict";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import JSZip from "jszip";
import { pdfInfo } from "./helpers/tools.ts";
import { processesNaming, spawnFolio, until } from "./helpers/spawn.ts";

const bundled = new URL("../manuscript/", import.meta.url).pathname;
const EDITION_FILES = ["kazakhstan-military-expansion.pdf", "kazakhstan-military-expansion-handout.pdf", "kazakhstan-military-expansion.epub"];
// The bundled collection, manuscript/folio-sampler, built beside the article.
const BOOK_FILES = ["folio-sampler.pdf", "folio-sampler-handout.pdf", "folio-sampler.epub"];

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-faults-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** A manuscript long enough that the browser is still laying it out a few seconds in. */
async function longProject(name: string) {
  const dir = join(work, name);
  await mkdir(join(dir, "manuscript"), { recursive: true });
  const paragraph = "A sentence that fills a line of the page and then some more words. ".repeat(12);
  const body = Array.from({ length: 400 }, (_, i) => `${paragraph}[^n${i}]\n\n[^n${i}]: <https://example.org/${i}>\n`).join("\n");
  await writeFile(join(dir, "manuscript", "long.md"), `---\ntitle: Long\nauthor: A. Writer\n---\n\n${body}`);
  return dir;
}

for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143]] as const) {
  test(`should stop on ${signal} within two seconds with exit ${code}, leaving no browser and no file`, async () => {
    const dir = await longProject(signal);
    const build = await spawnFolio(["build", "manuscript", "--out", "out"], { cwd: dir });
    assert.ok(await until(() => processesNaming(build.tmp).length > 0, 30_000), "the build started a browser");
    // The browser starts first; reading the manuscript (about 2 s, one
    // synchronous step that a signal waits for) goes on meanwhile: the signal
    // lands once the browser is laying the manuscript out.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const sent = Date.now();
    build.kill(signal);
    const exit = await build.exited;
    assert.ok(Date.now() - sent < 2000, `stopped in ${Date.now() - sent} ms`);
    assert.equal(exit.code, code, build.stderr());
    assert.match(build.stderr(), /^Interrupted/m);
    assert.deepEqual(processesNaming(build.tmp), [], "no Chromium left");
    assert.deepEqual(await readdir(join(dir, "out")).catch(() => []), []);
    assert.deepEqual((await readdir(build.tmp)).filter((name) => name.startsWith("folio-")), [], "temporary files removed");
  });
}

test("should leave each output whole, the old one or the new one, when killed at any moment", async () => {
  const dir = join(work, "killed");
  await cp(bundled, join(dir, "manuscript"), { recursive: true });
  const env = { SOURCE_DATE_EPOCH: "1700000000" }; // so that "the new file" has one known content
  const finish = async (out: string) => {
    const build = await spawnFolio(["build", "manuscript", "--out", out], { cwd: dir, env });
    assert.equal((await build.exited).code, 0, build.stderr());
  };
  const contents = async (out: string) => Promise.all(EDITION_FILES.map((name) => readFile(join(dir, out, name))));
  await finish("out");
  const old = await contents("out");
  await appendFile(join(dir, "manuscript", "kazakhstan-military-expansion.md"), "\nA paragraph added for the new edition.\n");
  await finish("expected-new");
  const fresh = await contents("expected-new");

  for (const delay of [400, 1200, 2000, 2600, 3000, 3400, 3800]) {
    const build = await spawnFolio(["build", "manuscript", "--out", "out"], { cwd: dir, env });
    await new Promise((resolve) => setTimeout(resolve, delay));
    build.kill("SIGKILL");
    await build.exited;
    for (const [i, bytes] of (await contents("out")).entries()) {
      assert.ok(bytes.equals(old[i]) || bytes.equals(fresh[i]), `${EDITION_FILES[i]} is whole after a kill at ${delay} ms`);
    }
    // The killed build's browser; a process of it may end between listing and killing.
    for (const pid of processesNaming(build.tmp)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
  }
});

test("should let two builds write into one output folder at once", async () => {
  const dir = join(work, "twice");
  await cp(bundled, join(dir, "manuscript"), { recursive: true });
  const builds = await Promise.all([1, 2].map(() => spawnFolio(["build", "manuscript", "--out", "out"], { cwd: dir })));
  for (const build of builds) assert.equal((await build.exited).code, 0, build.stderr());
  const left = (await readdir(join(dir, "out"))).filter((name) => !name.endsWith(".fingerprint"));
  assert.deepEqual(left.sort(), [...EDITION_FILES, ...BOOK_FILES].sort(), "no temporary file left");
  for (const name of EDITION_FILES.filter((n) => n.endsWith(".pdf"))) assert.equal((await pdfInfo(join(dir, "out", name))).pages, 2);
  await JSZip.loadAsync(await readFile(join(dir, "out", EDITION_FILES[2])));
});
