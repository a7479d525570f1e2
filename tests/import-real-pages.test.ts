// `folio import` on real saved pages: Mozilla Readability's test pages in
// ../shared/corpus/real/readability/ (read where they are, never copied into
// the project). What a page says of its author and language must reach the
// front matter, and nothing else: no date, time or comment count as an
// author, no English for a Spanish page that declares no language.
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { parse } from "yaml";
import { bylineName } from "../scripts/import/byline.ts";
import { runFolio } from "./helpers/run.ts";

const corpus = fileURLToPath(new URL("../../shared/corpus/real/readability/", import.meta.url));
let work: string;
before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-import-real-"));
});
after(() => rm(work, { recursive: true, force: true }));

/** Imports a saved page into a folder of its own: what was printed, the front matter, and the authors' names. */
async function imported(page: string) {
  const out = join(work, page);
  const run = await runFolio(
    [
      "import",
      page.endsWith(".html") ? page : join(corpus, page, "source.html"),
      "--out",
      out,
      "--slug",
      "article",
      "--force",
    ],
    { cwd: work },
  );
  assert.equal(run.code, 0, run.stderr);
  const front = parse(
    /^---\n([\s\S]*?)\n---\n/.exec(await readFile(join(out, "article.md"), "utf8"))![1],
  ) as Record<string, unknown>;
  // An author with a bio is named by the id of the author file written for them.
  const names = await Promise.all(
    [front.author ?? []].flat().map(async (author) => {
      const file = await readFile(join(out, "authors", `${author}.md`), "utf8").catch(
        () => undefined,
      );
      return file
        ? (parse(/^---\n([\s\S]*?)\n---\n/.exec(file)![1]) as { name: string }).name
        : String(author);
    }),
  );
  return { run, front, names };
}

test("should take the author's name from a byline with a date, a time or a count glued to it", async () => {
  const cases = {
    breitbart: "Lucas Nolan", // "by Lucas Nolan22 Dec 2016651"
    "yahoo-3": "GILLIAN MOHNEY", // "By GILLIAN MOHNEY\n    March 11, 2015 3:46 PM"
  };
  for (const [page, name] of Object.entries(cases)) {
    const { run, names } = await imported(page);
    assert.deepEqual(names, [name], page);
    assert.match(
      run.stdout,
      /^ {2}byline {7}By? .+ {2}\(Readability's byline; “[^”]*\d[^”]*” is no part of a name, dropped\)$/im,
      page,
    );
  }
});

test("should read the page's JSON-LD author where the page wraps it in CDATA", async () => {
  // Readability offers "21.dez.2018 às 10h55" (its dateline) as the byline of this page.
  const { run, names } = await imported("folha");
  assert.deepEqual(names, ["Bruno (Henrique Zecchin) Rodrigues"]);
  assert.match(
    run.stdout,
    /^ {2}author {7}Bruno \(Henrique Zecchin\) Rodrigues {2}\(JSON-LD author\)$/m,
  );
});

test("should name no author where the byline is only a date, and say so", async () => {
  const page = join(work, "dateline.html");
  const text =
    "The river no longer reaches the sea in most years, and the towns along its last hundred kilometres are emptying. ";
  await writeFile(
    page,
    `<html><head><title>Rivers Run Dry</title></head><body><article><h1>Rivers Run Dry</h1>
    <p class="byline">21.dez.2018 às 10h55</p>${`<p>${text.repeat(3)}</p>`.repeat(4)}</article></body></html>`,
  );
  const { run, front } = await imported(page);
  assert.equal(front.author, undefined);
  assert.match(
    run.stdout,
    /^ {2}byline +21\.dez\.2018 às 10h55 {2}\(Readability's byline; no name in it, only a date, a time or a count: not an author\)$/m,
  );
  assert.match(run.stderr, /warning: No author found/);
});

test("should keep the byline that an author box without a bio holds", async () => {
  // The byline's box is "authorInfo" on CNET and "pb-sig-line … hasnt-bio" on the Post: they are no bios to take away.
  for (const [page, name] of [
    ["cnet", "Steven Musil"],
    ["wapo-2", "Steven Mufson"],
  ]) {
    assert.deepEqual((await imported(page)).names, [name], page);
  }
});

test("should take the author marked under the headline where the extraction's byline is a date", async () => {
  // Salon marks its dateline "Sunday, Feb 1, 2015 11:57 AM UTC" as a byline, before the <h1>; under it, rel="author".
  const { run, names } = await imported("salon-1");
  assert.deepEqual(names, ["Richard (R.J.) Eskow"]);
  assert.match(
    run.stdout,
    /^ {2}byline {7}Sunday, Feb 1, 2015 11:57 AM UTC {2}\(Readability's byline; no name in it/m,
  );
});

test("should find the name in a byline, or none", () => {
  const cases: [string, string | undefined][] = [
    ["by Lucas Nolan22 Dec 2016651", "Lucas Nolan"],
    ["By GILLIAN MOHNEY\n                                March 11, 2015 3:46 PM", "GILLIAN MOHNEY"],
    ["by Steven Musil January 18, 2017 11:00 PM PST @stevenmusil", "Steven Musil"],
    ["Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Dan Goodin"],
    ["March 11, 2015 · Jane Doe", "Jane Doe"],
    ["Von Anna Schmidt, Montag, 3. März 2020", "Von Anna Schmidt"],
    ["By Steven Mufson", "Steven Mufson"],
    ["Bruno (Henrique Zecchin) Rodrigues", "Bruno (Henrique Zecchin) Rodrigues"],
    ["Tracy Clark-Flory", "Tracy Clark-Flory"],
    ["BBC News", "BBC News"],
    ["個人", "個人"],
    ["21.dez.2018 às 10h55", undefined],
    ["Sunday, Feb 1, 2015 11:57 AM UTC", undefined],
    ["651", undefined],
  ];
  for (const [byline, name] of cases) assert.equal(bylineName(byline).name, name, byline);
});

test("should find the language of a page that declares none from its text, and say so", async () => {
  const { run, front } = await imported("la-nacion"); // Spanish, with no lang anywhere in the page
  assert.equal(front.lang, "es");
  assert.match(
    run.stdout,
    /^ {2}lang {9}es {2}\(guessed from the text; the page declares none\)$/m,
  );
  assert.equal((await imported("folha")).front.lang, "pt-BR", "a declared language is kept");
});

test("should give a source the page links twice one note, cited again", async () => {
  for (const page of ["aclu", "folha", "nytimes-2", "salon-1"]) {
    await imported(page);
    const text = await readFile(join(work, page, "article.md"), "utf8");
    const notes = [...text.matchAll(/^\[\^([^\]]+)\]: <([^>]+)>$/gm)];
    const sources = notes.map(([, , address]) =>
      address.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""),
    );
    assert.deepEqual(
      sources.filter((source, i) => sources.indexOf(source) !== i),
      [],
      `${page}: a source in two notes`,
    );
    for (const [, label] of notes)
      assert.match(text, new RegExp(`\\[\\^${label}\\](?!:)`), `${page}: [^${label}] is called`);
  }
});

test("should make an address shown in the text a note, as the build asks", async () => {
  await imported("medium-3");
  const text = await readFile(join(work, "medium-3", "article.md"), "utf8");
  // A link whose text is its own address, and an address a quoted tweet shows as text.
  assert.match(text, /An example from 2011:\[\^businessinsider\]\n/);
  assert.match(
    text,
    /^\[\^businessinsider\]: <http:\/\/www\.businessinsider\.com\/marco-arment-2011-9>$/m,
  );
  assert.match(text, /feasibility\[\^samanthabielefeld\] …/);
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, "").replace(/^\[\^[^\]]+\]: .*$/gm, "");
  assert.doesNotMatch(body, /https?:/, "no address left in the text");
});

test("should start the article's headings at ## and skip no level", async () => {
  // The pages' own levels: <h3>s (the ACLU), <h4> then <h3>s (Engadget), <h3> then <h4>s (Medium).
  for (const [page, expected] of [
    ["aclu", "2222222"],
    ["engadget", "222222"],
    ["medium-2", "2333333"],
  ]) {
    await imported(page);
    const levels = [
      ...(await readFile(join(work, page, "article.md"), "utf8")).matchAll(/^(#+) /gm),
    ].map(([, hashes]) => hashes.length);
    assert.equal(levels.join(""), expected, page);
  }
});

test("should leave out a link that held only an image, and no note of the page's own address", async () => {
  // The Post's lead photo is a link around an <img>: without the image, nothing of it may stay.
  const { front } = await imported("wapo-2");
  const text = await readFile(join(work, "wapo-2", "article.md"), "utf8");
  assert.doesNotMatch(text, /\[\]\(|^\\$/m);
  assert.doesNotMatch(
    text,
    new RegExp(`^\\[\\^[^\\]]+\\]: <${String(front.source).replace(/[.?]/g, "\\$&")}>$`, "m"),
  );
});

test("should keep the article's body that a page holds in a block named like furniture", async () => {
  // Blogger lays out its posts in a "widget Blog"; the post's body is marked itemprop="articleBody".
  await imported("blogger");
  const text = await readFile(join(work, "blogger", "article.md"), "utf8");
  assert.match(text, /^## So what's a GreenPak\?$/m);
  assert.ok(text.split(/\s+/).length > 2000, `${text.split(/\s+/).length} words`);
});

test("should make the table that laid out a picture and its caption the caption alone", async () => {
  // Blogger sets each picture in a table: the picture in its first row, the caption in its last.
  await imported("blogger");
  const text = await readFile(join(work, "blogger", "article.md"), "utf8");
  assert.match(text, /\n\nSchematic from hell!\n\n/);
  assert.doesNotMatch(text, /^\|/m, "no table left");
});

test("should take the description the page gives of itself, not its first paragraph", async () => {
  // Breitbart's first paragraph is a photo credit; its og:description says what the article is about.
  const { run, front } = await imported("breitbart");
  assert.equal(
    front.description,
    "Snopes fact checker and staff writer David Emery posted to Twitter asking if there were “any un-angry Trump supporters?”",
  );
  assert.match(run.stdout, /^ {2}description +Snopes fact checker .* \(og:description\)$/m);
});
