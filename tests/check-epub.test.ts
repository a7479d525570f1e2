// The EPUB checks, on the bundled manuscript's real EPUB and on copies of it
// broken one way each: the check made for that fault fails, naming the file
// inside the EPUB, and the others still pass.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import JSZip from "jszip";
import { aceCheck } from "../scripts/check/epub/ace.ts";
import { epubContext } from "../scripts/check/epub/context.ts";
import { epubcheckCheck } from "../scripts/check/epub/epubcheck.ts";
import { KINDLE_CHECKS } from "../scripts/check/epub/index.ts";
import { notesCheck } from "../scripts/check/epub/notes.ts";
import { manuscriptNotes } from "../scripts/check/manuscript-notes.ts";
import { loadPublication } from "../scripts/manuscript/load.ts";
import { runCheck, runChecks } from "../scripts/check/run-checks.ts";
import { plainProblems } from "./helpers/check-problems.ts";
import { runFolio } from "./helpers/run.ts";

const slug = "kazakhstan-military-expansion";
let out: string;
const epub = () => join(out, `${slug}.epub`);
const context = (path: string, env: Record<string, string | undefined> = process.env) =>
  epubContext(path, { env });

before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-check-epub-"));
  const run = await runFolio(["build", "--out", out, "--edition", "epub"]);
  assert.equal(run.code, 0, run.stderr);
});
after(() => rm(out, { recursive: true, force: true }));

/** A copy of the EPUB with one file changed, added, or removed (when `change` returns null), as `name`. */
async function broken(
  name: string,
  file: string,
  change: (text: string) => string | null,
): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(epub()));
  const changed = change(zip.file(file) ? await zip.file(file)!.async("string") : "");
  if (changed === null) zip.remove(file);
  else zip.file(file, changed);
  const path = join(out, name);
  await writeFile(
    path,
    await zip.generateAsync({ type: "uint8array", mimeType: "application/epub+zip" }),
  );
  return path;
}

/** The Send-to-Kindle checks that did not pass: id → problems. */
async function kindleFailures(path: string) {
  const results = await runChecks(KINDLE_CHECKS, context(path));
  return Object.fromEntries(
    results.filter((r) => r.status !== "pass").map((r) => [r.id, plainProblems(r.problems)]),
  );
}

describe("the EPUB checks", () => {
  test("should pass the Send-to-Kindle preflight on the real EPUB", async () => {
    assert.deepEqual(await kindleFailures(epub()), {});
  });

  test("should catch a navigation document that misses a chapter", async () => {
    const path = await broken("nav-misses-bio.epub", "OEBPS/toc.xhtml", (text) =>
      text.replace(/<nav epub:type="toc".*?<\/nav>/s, (nav) =>
        nav.replace(/\s*<li><a href="about-the-author\.xhtml">[^<]*<\/a><\/li>/, ""),
      ),
    );
    assert.deepEqual(await kindleFailures(path), {
      "kindle-navigation": [
        {
          file: "OEBPS/toc.xhtml",
          message:
            "the navigation document does not list “About the author” (OEBPS/about-the-author.xhtml), which the NCX lists",
        },
      ],
    });
  });

  test("should catch an XHTML file without a UTF-8 declaration", async () => {
    const path = await broken("no-utf8.epub", "OEBPS/article.xhtml", (text) =>
      text.replace(/^<\?xml[^>]*\?>\s*/, ""),
    );
    assert.deepEqual(await kindleFailures(path), {
      "kindle-utf8": [
        {
          file: "OEBPS/article.xhtml",
          message:
            'no UTF-8 declaration: start the file with <?xml version="1.0" encoding="UTF-8"?>',
        },
      ],
    });
  });

  test("should catch a note call that leads nowhere, a file name Kindle mangles and a cover it can't find", async () => {
    const noteless = await broken("noteref.epub", "OEBPS/article.xhtml", (text) =>
      text.replace('href="#fn-tengrinews"', 'href="#fn-gone"'),
    );
    assert.deepEqual(await kindleFailures(noteless), {
      "kindle-noterefs": [
        {
          file: "OEBPS/article.xhtml",
          message:
            "the note call #fnref-tengrinews links to “#fn-gone”, which is no footnote aside",
        },
      ],
    });
    const accented = await broken(
      "accented-name.epub",
      "OEBPS/fonts/Literata Résumé.txt",
      () => "a file with spaces and an accent in its name",
    );
    assert.deepEqual(await kindleFailures(accented), {
      "kindle-file-names": [
        {
          file: "OEBPS/fonts/Literata Résumé.txt",
          message: "the name has characters other than ASCII letters, digits, . _ - and /",
        },
      ],
    });
    const coverless = await broken("no-cover-meta.epub", "OEBPS/content.opf", (text) =>
      text.replace(/\s*<meta name="cover"[^>]*>/, ""),
    );
    const found = await kindleFailures(coverless);
    assert.deepEqual(Object.keys(found), ["kindle-cover"]);
    assert.match(
      found["kindle-cover"][0].message,
      /^no <meta name="cover" content="…"\/>: Kindle shows no cover/,
    );
  });

  test("should catch notes that vanish from the EPUB, counting them from the Markdown", async () => {
    const { publication } = await loadPublication(join("manuscript", `${slug}.md`), process.cwd());
    const notes = manuscriptNotes(publication);
    const notesOf = async (path: string) =>
      plainProblems(
        (await runCheck(notesCheck, epubContext(path, { env: process.env, notes }))).problems,
      );
    assert.deepEqual(await notesOf(epub()), []);
    // Calls and notes both gone: every call that is left still leads to a note.
    const noteless = await broken("noteless.epub", "OEBPS/article.xhtml", (text) =>
      text
        .replace(/<a epub:type="noteref"[^>]*>\d+<\/a>/g, "")
        .replace(/<aside\b.*?<\/aside>/gs, ""),
    );
    assert.deepEqual(await kindleFailures(noteless), {});
    const file = join("manuscript", `${slug}.md`);
    assert.deepEqual(await notesOf(noteless), [
      {
        file,
        line: 17,
        column: 1,
        message:
          "note 1, “https://ia-centr.ru/experts/maksim-kramarenko/kazakhstan-go…”, is in no footnote of the EPUB under its number",
      },
      {
        file,
        line: 21,
        column: 1,
        message:
          "note 2, “https://tengrinews.kz/kazakhstan_news/tokaev-vnes-izmeneniy…”, is in no footnote of the EPUB under its number",
      },
    ]);
    const renumbered = await broken("renumbered.epub", "OEBPS/article.xhtml", (text) =>
      text.replace(/role="doc-backlink">(\d)\./g, 'role="doc-backlink">1$1.'),
    );
    assert.deepEqual(
      (await notesOf(renumbered)).map((p) => p.message.slice(0, 6)),
      ["note 1", "note 2"],
      "11. is not 1.",
    );
  });

  test("should catch EPUBCheck's errors and Ace's violations, each with its file", {
    timeout: 120_000,
  }, async () => {
    const invalid = await broken("invalid-xhtml.epub", "OEBPS/article.xhtml", (text) =>
      text.replace("<p>Kazakhstan", "<p><blink>Kazakhstan"),
    );
    const altless = await broken("no-alt.epub", "OEBPS/cover.xhtml", (text) =>
      text.replace(/ alt="[^"]*"/, ""),
    );
    const [validated, audited] = await Promise.all([
      runCheck(epubcheckCheck, context(invalid)),
      runCheck(aceCheck, context(altless)),
    ]);
    assert.equal(validated.status, "fail");
    // EPUBCheck's own ids and Ace's rules are the messages' rule ids, the checkers their sources.
    const fatal = validated.problems.find((p) => p.ruleId === "RSC-016");
    assert.deepEqual(
      fatal && [fatal.file, fatal.line, fatal.source, fatal.fatal],
      ["OEBPS/article.xhtml", 9, "epubcheck", true],
      JSON.stringify(validated.problems),
    );
    assert.match(fatal!.reason, /"blink" must be terminated/);
    assert.equal(audited.status, "fail");
    const alt = audited.problems.find(
      (p) => p.ruleId === "image-alt" && p.file === "OEBPS/cover.xhtml",
    );
    assert.deepEqual(
      alt && [alt.source, alt.reason],
      ["ace", "critical: Element does not have an alt attribute"],
      JSON.stringify(audited.problems),
    );
  });

  test("should say EPUBCheck could not run, and why, when its jar is not there", async () => {
    const result = await runCheck(
      epubcheckCheck,
      context(epub(), { ...process.env, EPUBCHECK_JAR: "/nonexistent/epubcheck.jar" }),
    );
    assert.deepEqual(result.status, "error");
    assert.match(
      result.reason ?? "",
      /^EPUBCheck is not at \/nonexistent\/epubcheck\.jar\. EPUBCheck, W3C's EPUB validator, is a Java program/,
    );
    assert.match(
      result.reason ?? "",
      /`apt-get install default-jre-headless epubcheck`; on macOS: Homebrew's `brew install epubcheck`/,
    );
  });
});
