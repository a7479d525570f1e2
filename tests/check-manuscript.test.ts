// The manuscript's checks: the lint plugins of the shared processor (positioned
// warnings the build prints), and `folio check` failing on them.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { VFile } from "vfile";
import { MANUSCRIPT_RULES } from "../scripts/check/manuscript-rules.ts";
import { parseMarkdown, toHast } from "../scripts/pipeline.ts";
import { runFolio } from "./helpers/run.ts";

const FRONT = "---\ntitle: An essay\nauthor: Jane Doe\n---\n\n";

/** The messages of `body` (after the front matter, line 6 on) as `line:column rule: reason`. */
async function lint(body: string): Promise<string[]> {
  const file = new VFile({ path: "essay.md", value: FRONT + body });
  await toHast(parseMarkdown(file), file);
  return file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`);
}

describe("the manuscript report's lines", () => {
  test("should take each message by its rule id, never by its wording", () => {
    const file = new VFile({ path: "essay.md" });
    const owner = (ruleId: string, reason: string) =>
      MANUSCRIPT_RULES.find((rule) => rule.owns(file.message(reason, { ruleId })))?.id;
    assert.equal(owner("front-matter-lang", "Any wording at all"), "lang");
    assert.equal(
      owner("front-matter-type", "`lang` worded as the lang rule once was"),
      "front-matter",
    );
    assert.equal(owner("footnote-undefined", "The note call"), "footnotes");
    assert.equal(owner("no-such-rule", "`lang`"), undefined);
  });
});

describe("the footnote lint", () => {
  test("should point at a call with no definition, which GFM leaves as text", async () => {
    const [message, ...rest] = await lint(
      "A claim.[^gone] Another, with *emphasis*.[^ok]\n\n[^ok]: <https://example.org/ok>\n",
    );
    assert.equal(
      message,
      "6:9 footnote-undefined: The note call `[^gone]` has no note: add `[^gone]: …` (its source) below, or remove the call",
    );
    assert.deepEqual(rest, []);
  });

  test("should point at a definition never called, and at a second definition of one label", async () => {
    const messages = await lint(
      "A claim.[^a]\n\n[^a]: <https://example.org/a>\n[^b]: Never cited.\n[^a]: <https://example.org/other>\n",
    );
    assert.deepEqual(messages, [
      "10:1 footnote-duplicate: A second note is labelled `[^a]` (the first is on line 8): only the first is printed; give this one a label of its own",
      "9:1 footnote-unused: The note `[^b]` is never called, so no edition prints it: cite it with `[^b]` after the claim, or delete it",
    ]);
  });

  test("should accept a note called twice and a call in a list item", async () => {
    assert.deepEqual(
      await lint(
        "One.[^a] Two.[^a]\n\n- Item.[^b]\n\n[^a]: <https://example.org/a>\n[^b]: <https://example.org/b>\n",
      ),
      [],
    );
  });
});

describe("the link lint", () => {
  test("should point at a link with no text and at one with no address", async () => {
    const messages = (await lint("See [](https://example.org/x) and [the report]().\n")).filter(
      (m) => m.includes("link-empty"),
    );
    assert.deepEqual(messages, [
      "6:5 link-empty: A link with no text: readers see nothing to follow; write what it is, as in `[the report](https://example.org/x)`",
      "6:35 link-empty: A link with no address: give it one, as in `[text](https://…)`, or drop the brackets",
    ]);
  });

  test("should take an image's alt text as a link's text", async () => {
    assert.deepEqual(
      (await lint("[![A chart](chart.png)](https://example.org/chart)\n")).filter((m) =>
        m.includes("link-empty"),
      ),
      [],
    );
  });
});

describe("the bare address lint", () => {
  test("should point at each address standing bare in the text", async () => {
    const messages = await lint(
      "Read https://example.org/a, then www.example.org and\n  example.org/report/2024 — or <https://example.org/b>.\n",
    );
    assert.deepEqual(
      messages.map((m) => m.split(": A bare")[0]),
      ["6:6 address-bare", "6:34 address-bare", "7:3 address-bare", "7:32 address-bare"],
    );
    assert.match(
      messages[2],
      /`example\.org\/report\/2024`: a reader of the printed page can't follow it; make it a note \(`\[\^label\]` after the claim, `\[\^label\]: <https:\/\/example\.org\/report\/2024>` below\)$/,
    );
  });

  test("should place an address left in a sentence whose source in parentheses became a note", async () => {
    const messages = await lint(
      "The decree (tengrinews.kz/news/decree-1/) took effect; see also 'www.example.org/x'.\n",
    );
    assert.deepEqual(
      messages.map((m) => m.split(": A bare")[0]),
      ["6:66 address-bare"],
    );
  });

  test("should leave alone notes, code, links with words, e-mail addresses, names and sources in parentheses", async () => {
    const body = [
      "The [agency's report](https://example.org/r) and `https://example.org/code`, from a@example.org, on Booking.com, in Node.js.[^a]",
      "The decree took effect (tengrinews.kz/kazakhstan_news/decree-1/) at once.",
      "",
      "    https://example.org/indented-code",
      "",
      "[^a]: <https://example.org/a>, see also example.org/b.",
      "",
    ].join("\n");
    assert.deepEqual(await lint(body), []);
  });
});

describe("the duplicate source lint", () => {
  test("should point at the second note citing a source, whatever its scheme or trailing slash", async () => {
    const messages = await lint(
      "One.[^a] Two.[^b] Three.[^a]\n\n[^a]: <https://example.org/report/>\n[^b]: See <http://www.example.org/report>.\n",
    );
    assert.deepEqual(messages, [
      "9:11 source-duplicate: The source http://www.example.org/report is cited in two notes, `[^a]` (line 8) and `[^b]`: cite `[^a]` again instead",
    ]);
  });
});

describe("folio check and build on a manuscript with an undefined footnote", () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "folio-check-manuscript-"));
    await mkdir(join(dir, "manuscript"));
    await writeFile(
      join(dir, "manuscript", "essay.md"),
      `${FRONT}A claim with a source.[^source]\n`,
    );
  });
  after(() => rm(dir, { recursive: true, force: true }));

  test("should fail the footnote check with the file, line and column, and exit 1", async () => {
    const run = await runFolio(["check", "--edition", "epub"], { cwd: dir });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.match(
      run.stdout,
      /^ {4}✖ every note call has a note, every note is called\n {8}manuscript\/essay\.md:6:23: error: The note call `\[\^source\]` has no note.* \[footnote-[a-z-]+\]$/m,
    );
    assert.match(run.stdout, /^ {4}✔ front matter present/m);
    assert.match(
      run.stdout,
      /^ {4}✖ built\n {8}error: output\/essay\.epub does not exist: build it with `npm run build` \[built\]$/m,
      "the missing edition is reported, not skipped",
    );
  });

  test("should show the same error in the build, which writes nothing", async () => {
    const run = await runFolio(["build", "--edition", "epub"], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^manuscript\/essay\.md:6:23: error: The note call `\[\^source\]` has no note.* \[footnote-[a-z-]+\]$/m,
    );
    const editions = (await readdir(join(dir, "output"))).filter(
      (name) => !name.endsWith(".check.json"),
    );
    assert.deepEqual(editions, [], "no edition written");
  });
});
