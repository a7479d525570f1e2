// `folio check` and `folio build --check` end to end: the bundled manuscript's
// build passes with every check shown, a broken edition fails with the line a user
// needs, and a checker that cannot run is said so, with exit 2.
import assert from "node:assert/strict";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { EPUB_CHECKS } from "../scripts/check/epub/index.ts";
import { MANUSCRIPT_RULES, OTHER_RULE } from "../scripts/check/manuscript-rules.ts";
import { PDF_CHECKS } from "../scripts/check/pdf/index.ts";
import type { PublicationReport } from "../scripts/check/report.ts";
import { runFolio, type Run } from "./helpers/run.ts";

const slug = "kazakhstan-military-expansion";
let out: string;
let checked: Run;
before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-check-"));
  const built = await runFolio(["build", "--out", out]);
  assert.equal(built.code, 0, built.stderr);
  checked = await runFolio(["check", out]);
});
after(() => rm(out, { recursive: true, force: true }));

test("should pass every check on the bundled manuscripts' build and show each one", async () => {
  assert.equal(checked.code, 0, checked.stdout + checked.stderr);
  const groups = [
    ["manuscript", [...MANUSCRIPT_RULES, OTHER_RULE]],
    ["download PDF", PDF_CHECKS.pdf],
    ["handout PDF", PDF_CHECKS.handout],
    ["EPUB", EPUB_CHECKS],
  ] as const;
  const checks = groups.flatMap(([label, checks]) => [label, ...checks.map((c) => `✔ ${c.title}`)]);
  // The bundled collection (manuscript/folio-sampler, a book) and the article, in the order of their names.
  const expected = ["folio-sampler", ...checks, "→ output", slug, ...checks];
  const shown = checked.stdout
    .split("\n")
    .map((line) =>
      line
        .trim()
        .replace(/ {2}.*$/, "")
        .replace(/^→ .*/, "→ output"),
    )
    .filter(Boolean);
  assert.deepEqual(shown.slice(0, expected.length), expected);
  assert.doesNotMatch(checked.stdout, /✖/);
  assert.match(checked.stdout, /^✔ 2 publications, 84 checks: 84 passed, 0 failed$/m);
});

test("should write the report as JSON beside the editions", async () => {
  const report: PublicationReport = JSON.parse(
    await readFile(join(out, `${slug}.check.json`), "utf8"),
  );
  assert.equal(report.publication, slug);
  assert.equal(report.status, "pass");
  assert.deepEqual(
    report.editions.map((e) => [e.edition, e.results.length]),
    [
      ["manuscript", 9],
      ["pdf", 11],
      ["handout", 13],
      ["epub", 9],
    ],
  );
  assert.ok(
    report.editions.every((e) =>
      e.results.every((r) => r.status === "pass" && r.problems.length === 0),
    ),
  );
});

test("should build, then check what it built, with --check", async () => {
  const dir = join(out, "essay");
  await mkdir(join(dir, "manuscript"), { recursive: true });
  const text =
    "---\ntitle: An essay\nauthor: Jane Doe\npaper: letter\n---\n\nA claim.[^a]\n\n## Its reasons\n\nMore.\n\n[^a]: <https://example.org/a>\n";
  await writeFile(join(dir, "manuscript", "essay.md"), text);
  const run = await runFolio(["build", "--edition", "handout", "--check"], { cwd: dir });
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.deepEqual(
    run.stdout.split("\n").filter((line) => /^ {2}\S/.test(line)),
    [
      "  manuscript  manuscript/essay.md",
      "  handout PDF  output/essay-handout.pdf",
      "  → output/essay.check.json",
    ],
  );
  assert.match(run.stdout, /^✔ 1 publication, 22 checks: 22 passed, 0 failed$/m);
});

test("should fail a handout printed in colour, saying on which page, and exit 1", async () => {
  const broken = join(out, "broken");
  await mkdir(broken);
  await copyFile(join(out, `${slug}.pdf`), join(broken, `${slug}-handout.pdf`));
  const run = await runFolio(["check", join(broken, `${slug}-handout.pdf`)]);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stdout, /^ {2}handout PDF {2}\/.*-handout\.pdf$/m);
  // Each problem as the build prints its messages, with the page: `error: reason [rule-id]`.
  assert.match(
    run.stdout,
    /^ {4}✖ no colour on any page\n {8}page 1: error: \d+ pixels in colour at 50 dpi \(.*\) \[handout-no-colour\]$/m,
  );
  assert.match(run.stdout, /^✖ 1 publication, 22 checks: 21 passed, 1 failed$/m);
  const report: PublicationReport = JSON.parse(
    await readFile(join(broken, `${slug}.check.json`), "utf8"),
  );
  assert.equal(report.status, "fail");
  const [colour] = report.editions[1].results.find((r) => r.id === "handout-no-colour")!.problems;
  const { message, ...fields } = colour as unknown as Record<string, unknown>;
  assert.match(String(message), /^\d+ pixels in colour at 50 dpi/);
  const file = join(broken, `${slug}-handout.pdf`);
  assert.deepEqual(fields, {
    file,
    page: 1,
    ruleId: "handout-no-colour",
    source: "folio-check",
    severity: "error",
  });
});

test("should exit 2 and say which checker could not run and why, never skipping it", async () => {
  const env = {
    ...process.env,
    CI: "true",
    PATH: "/nonexistent",
    FOLIO_BROWSER: "/nonexistent/chrome",
  };
  const run = await runFolio(["check", join(out, `${slug}.epub`)], { env });
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(
    run.stdout,
    /^ {4}✖ W3C EPUBCheck: 0 errors, 0 warnings: could not run: `java` is not installed\. EPUBCheck, W3C's EPUB validator, is a Java program that npm does not install\. .*`apt-get install default-jre-headless epubcheck`.*`brew install epubcheck`/m,
  );
  assert.match(
    run.stdout,
    /^ {4}✖ Ace by DAISY: no accessibility violations: could not run: no browser for Ace: FOLIO_BROWSER=\/nonexistent\/chrome/m,
  );
  assert.match(run.stdout, /^✖ 1 publication, 18 checks: 16 passed, 0 failed, 2 could not run$/m);
});

test("should exit 2 on a usage error", async () => {
  for (const argv of [
    ["check", join(out, "no-such-folder")],
    ["check", "--edition", "mobi"],
    ["check", join(out, `${slug}.check.json`)],
  ]) {
    const run = await runFolio(argv);
    assert.equal(run.code, 2, argv.join(" "));
    assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack trace");
  }
});
