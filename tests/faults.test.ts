// Faults: the build interrupted, killed, or run twice at once. Real processes,
// real signals, at real moments; the outputs are always whole.
import assert from "node:assert/strict";
import { watch } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile, appendFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import JSZip from "jszip";
import { pdfInfo } from "./helpers/tools.ts";
import { processesNaming, spawnFolio, until } from "./helpers/spawn.ts";

const bundled = new URL("../manuscript/", import.meta.url).pathname;
const EDITION_FILES = [
  "kazakhstan-military-expansion.pdf",
  "kazakhstan-military-expansion-handout.pdf",
  "kazakhstan-military-expansion.epub",
];
// The bundled collection, manuscript/folio-sampler, built beside the article.
const BOOK_FILES = ["folio-sampler.pdf", "folio-sampler-handout.pdf", "folio-sampler.epub"];
// The download page, the catalog, and what each publication leaves for them.
const PUBLISHED_FILES = [
  "index.html",
  "catalog.xml",
  "catalog.json",
  ...["kazakhstan-military-expansion", "folio-sampler"].flatMap((slug) => [
    `.${slug}.publication.json`,
    `${slug}.cover.png`,
    `${slug}.thumbnail.jpg`,
  ]),
];

let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-faults-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** A manuscript long enough that the browser is still laying it out a few seconds in. */
async function longProject(name: string) {
  const dir = join(work, name);
  await mkdir(join(dir, "manuscript"), { recursive: true });
  const paragraph = "A sentence that fills a line of the page and then some more words. ".repeat(
    12,
  );
  const body = Array.from(
    { length: 400 },
    (_, i) => `${paragraph}[^n${i}]\n\n[^n${i}]: <https://example.org/${i}>\n`,
  ).join("\n");
  await writeFile(
    join(dir, "manuscript", "long.md"),
    `---\ntitle: Long\nauthor: A. Writer\n---\n\n${body}`,
  );
  return dir;
}

for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const) {
  test(`should stop on ${signal} during the layout with exit ${code}, leaving no browser and no file`, async () => {
    const dir = await longProject(signal);
    const build = await spawnFolio(["build", "manuscript", "--out", "out", "--verbose"], {
      cwd: dir,
    });
    // The signal lands once the build says it is making the editions: the
    // manuscript has been read, and Chromium has a long layout ahead.
    assert.ok(
      await until(() => build.stdout().includes("… long: making the pdf"), 120_000),
      `the build began the layout:\n${build.stdout()}`,
    );
    assert.ok(processesNaming(build.tmp).length > 0, "its browser is running");
    build.kill(signal);
    const exit = await build.exited;
    assert.equal(exit.code, code, build.stderr());
    assert.doesNotMatch(build.stdout(), /^✔/m, "it was stopped before it wrote anything");
    assert.match(build.stderr(), /^Interrupted/m);
    assert.deepEqual(processesNaming(build.tmp), [], "no Chromium left");
    assert.deepEqual(await readdir(join(dir, "out")).catch(() => []), []);
    assert.deepEqual(
      (await readdir(build.tmp)).filter((name) => name.startsWith("folio-")),
      [],
      "temporary files removed",
    );
  });
}

test("should leave each output whole, the old one or the new one, when killed while it writes", async (t) => {
  const dir = join(work, "killed");
  await cp(bundled, join(dir, "manuscript"), { recursive: true });
  const env = { SOURCE_DATE_EPOCH: "1700000000" }; // so that "the new file" has one known content
  const finish = async (out: string) => {
    const build = await spawnFolio(["build", "manuscript", "--out", out], { cwd: dir, env });
    assert.equal((await build.exited).code, 0, build.stderr());
  };
  const contents = async (out: string) =>
    Promise.all(EDITION_FILES.map((name) => readFile(join(dir, out, name))));
  await finish("out");
  const old = await contents("out");
  await appendFile(
    join(dir, "manuscript", "kazakhstan-military-expansion.md"),
    "\nA paragraph added for the new edition.\n",
  );
  await finish("expected-new");
  const fresh = await contents("expected-new");

  // Killed at the n-th change the build makes in the output folder (its
  // temporary files appearing and filling), and at the first rename of a
  // temporary file over an edition.
  const landed: string[] = [];
  for (const n of [1, 2, 3, 5, 8, 13, "rename"] as const) {
    const out = join(dir, "out");
    // The old editions back in place, so that each kill can be seen between old and new.
    for (const [i, name] of EDITION_FILES.entries()) await writeFile(join(out, name), old[i]);
    let seen = 0;
    let build: Awaited<ReturnType<typeof spawnFolio>> | undefined;
    const watcher = watch(out, (_event, name) => {
      seen++;
      if (n === "rename" ? EDITION_FILES.includes(String(name)) : seen === n)
        build?.kill("SIGKILL");
    });
    build = await spawnFolio(["build", "manuscript", "--out", "out", "--force"], { cwd: dir, env });
    await build.exited;
    watcher.close();
    const names = await readdir(out);
    const temporary = names.filter((name) => name.endsWith(".tmp"));
    const current = await contents("out");
    const state = current.map((bytes, i) =>
      bytes.equals(fresh[i]) ? "new" : bytes.equals(old[i]) ? "old" : "broken",
    );
    landed.push(
      `at ${n === "rename" ? "the first rename" : `change ${n}`} (${seen} seen): ${state.join(", ")}; ${temporary.length} temporary file(s)`,
    );
    for (const [i, whole] of state.entries())
      assert.notEqual(whole, "broken", `${EDITION_FILES[i]} is whole when killed ${landed.at(-1)}`);
    // The killed build's browser; a process of it may end between listing and killing.
    for (const pid of processesNaming(build.tmp)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // gone already
      }
    }
  }
  t.diagnostic(`where the kills landed:\n${landed.join("\n")}`);
  // The kills landed where they had to: while the files were being written.
  assert.ok(
    landed.some((line) => !line.endsWith(" 0 temporary file(s)")),
    `a kill left temporary files:\n${landed.join("\n")}`,
  );
  // The next build finishes the job and sweeps what the killed ones left.
  await finish("out");
  assert.deepEqual(
    (await readdir(join(dir, "out"))).filter((name) => name.endsWith(".tmp")),
    [],
    "no temporary file left",
  );
});

test("should let two builds write into one output folder at once", async () => {
  const dir = join(work, "twice");
  await cp(bundled, join(dir, "manuscript"), { recursive: true });
  const builds = await Promise.all(
    [1, 2].map(() => spawnFolio(["build", "manuscript", "--out", "out"], { cwd: dir })),
  );
  for (const build of builds) assert.equal((await build.exited).code, 0, build.stderr());
  const left = (await readdir(join(dir, "out"))).filter((name) => !name.endsWith(".fingerprint"));
  assert.deepEqual(
    left.sort(),
    [...EDITION_FILES, ...BOOK_FILES, ...PUBLISHED_FILES].sort(),
    "no temporary file left",
  );
  for (const name of EDITION_FILES.filter((n) => n.endsWith(".pdf")))
    assert.equal((await pdfInfo(join(dir, "out", name))).pages, 2);
  await JSZip.loadAsync(await readFile(join(dir, "out", EDITION_FILES[2])));
});
