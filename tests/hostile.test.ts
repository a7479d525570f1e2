// A hostile manuscript: raw HTML that tries to run script, load files from the
// disk or the network, or redirect. Every edition is built; none of it may
// survive into any of them, and the build must not run or fetch anything.
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import JSZip from "jszip";
import { runFolio } from "./helpers/run.ts";
import { pdfInfo, pdfText } from "./helpers/tools.ts";

const FORBIDDEN = [
  /<script/i,
  /\son[a-z]+=/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<link[^>]*stylesheet[^>]*attacker/i,
  /http-equiv/i,
  /javascript:/i,
  /data:text/i,
  /attacker\.example/i,
  /etc\/passwd/,
];

let dir: string;
let run: Awaited<ReturnType<typeof runFolio>>;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "folio-hostile-"));
  await cp(new URL("fixtures/hostile/", import.meta.url).pathname, dir, { recursive: true });
  run = await runFolio(["build", "manuscript", "--out", "out"], { cwd: dir });
});
after(() => rm(dir, { recursive: true, force: true }));

test("should build every edition of a hostile manuscript", () => {
  assert.equal(run.code, 0, run.stderr);
});

test("should leave no script, handler, frame or outside address in the EPUB", async () => {
  const zip = await JSZip.loadAsync(await readFile(join(dir, "out", "hostile.epub")));
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xhtml|opf|ncx|css)$/.test(name)) continue;
    const text = await entry.async("string");
    for (const pattern of FORBIDDEN) assert.doesNotMatch(text, pattern, `${name} holds ${pattern}`);
  }
  const opf = await zip.file("OEBPS/content.opf")!.async("string");
  assert.doesNotMatch(opf, /properties="[^"]*scripted/, "no item is declared scripted");
});

test("should print the PDFs' text as written, with nothing a script or a file put there", async () => {
  for (const name of ["hostile.pdf", "hostile-handout.pdf"]) {
    const text = (await pdfText(join(dir, "out", name))).replaceAll("\u00ad", ""); // soft hyphens
    assert.match(text, /An ordinary paragraph\./);
    assert.match(text, /Styled paragraph\./);
    assert.doesNotMatch(text, /script ran|handler ran|root:x:0/);
    assert.equal((await pdfInfo(join(dir, "out", name))).title, "A hostile manuscript");
  }
});
