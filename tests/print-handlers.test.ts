// Folio's Paged.js handlers (scripts/pdf/handlers/), judged on the PDFs they
// make: small documents rendered through renderPdf with and without them,
// read back page by page with pdf.js and pdf-lib.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { after, before, describe, test } from "node:test";
import { latinFontCss } from "./helpers/fonts.ts";
import { readTemplate } from "../scripts/templates.ts";
import { toHtml } from "hast-util-to-html";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { VFile } from "vfile";
import { hastText } from "../scripts/html/hast-text.ts";
import rehypeHyphenate from "../scripts/html/rehype-hyphenate.ts";
import { parseMarkdown, toHast } from "../scripts/pipeline.ts";
import { badBreaks, html, provokingBody } from "./helpers/page-breaks.ts";
import { internalLinks } from "./helpers/pdf-links.ts";
import { cannotRender as skip, HtmlRenderer } from "./helpers/render-html.ts";

let renderer: HtmlRenderer | undefined;
before(async () => {
  if (!skip) renderer = await HtmlRenderer.open();
});
after(() => renderer?.close());
const render = (document: string, handlers = true) => renderer!.render(document, handlers);

describe("page breaks", { skip, timeout: 120_000 }, () => {
  // Documents found to break badly in each way without the handlers.
  const seeds = [7, 22, 30];
  const bodies = seeds.map((seed) => provokingBody(seed, 60, 0.3));
  let plain: string[][];
  let handled: string[][];
  before(async () => {
    plain = [];
    handled = [];
    for (const body of bodies) {
      plain.push((await render(html(body), false)).pages);
      handled.push((await render(html(body))).pages);
    }
  });
  const problems = (pages: string[][], kind: RegExp) =>
    pages.flatMap((doc, i) =>
      badBreaks(doc)
        .filter((problem) => kind.test(problem))
        .map((problem) => `seed ${seeds[i]}, ${problem}`),
    );

  test("should be tested on documents that Paged.js alone breaks badly", () => {
    assert.ok(problems(plain, /at the foot/).length > 0, "a line alone at the foot of a page");
    assert.ok(problems(plain, /at the top/).length > 0, "a line alone at the top of a page");
    assert.ok(problems(plain, /heading/).length > 0, "a heading at the foot of a page");
  });

  test("should leave no paragraph's single line at the foot or the top of a page", () => {
    assert.deepEqual(problems(handled, /line at the/), []);
  });

  test("should keep each heading with at least 2 lines of what follows it", () => {
    assert.deepEqual(problems(handled, /heading/), []);
  });

  test("should print every word of the text once", () => {
    const words = (text: string) => text.match(/[a-z]+\d+/g)?.length ?? 0;
    for (const [i, body] of bodies.entries()) {
      const text = body.replace(/<span class="note">[^<]*<\/span>/g, "").replace(/<[^>]*>/g, " ");
      assert.equal(words(handled[i].join("\n")), words(text), `seed ${seeds[i]}`);
    }
  });
});

describe("words hyphenated over a page break", { skip, timeout: 60_000 }, () => {
  // Long words with a soft hyphen between syllables, numbered in order: most
  // lines end in a hyphen, and so do many pages.
  const SYLLABLES = ["or", "ga", "ni", "sa", "tion", "de", "fen", "ce", "mi", "nis", "try"];
  const words = Array.from({ length: 1500 }, (_, i) => {
    const count = 3 + (i % 5);
    return (
      Array.from({ length: count }, (_, j) => SYLLABLES[(i * 7 + j * 3) % SYLLABLES.length]).join(
        "\u00ad",
      ) + i
    );
  });
  const paragraphs = Array.from(
    { length: 15 },
    (_, p) =>
      `<p style="text-align: justify; hyphens: manual">${words.slice(p * 100, p * 100 + 100).join(" ")}</p>`,
  );

  test("should print each letter of a word broken over two pages", async () => {
    const { pages } = await render(html(`<article>${paragraphs.join("")}</article>`));
    // Each page's lines of text, without its number.
    const lines = pages.map((page) =>
      page
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !/^\d+$/.test(line)),
    );
    const hyphen = /[\u00ad\u2010\u2011-]$/; // soft, or the hyphen glyph printed at a break
    const inWord = lines.slice(0, -1).filter((page) => hyphen.test(page[page.length - 1]));
    assert.ok(inWord.length >= 3, `${inWord.length} pages end inside a word`);
    // A line that ends in a hyphen goes on with the next, over a page too.
    const text = lines
      .flat()
      .join("\n")
      .replace(/[\u00ad\u2010\u2011-]\n/g, "")
      .replace(/\u00ad/g, "");
    assert.deepEqual(
      text.split(/\s+/),
      words.map((word) => word.replace(/\u00ad/g, "")),
    );
  });
});

describe("tables", { skip, timeout: 60_000 }, () => {
  test("should repeat a table's header row at the top of each page it continues on", async () => {
    const rows = Array.from(
      { length: 70 },
      (_, i) => `<tr><td>Row ${i + 1}</td><td>${(i + 1) * 17}</td></tr>`,
    ).join("");
    const table = `<table><thead><tr><th>Column A</th><th>Column B</th></tr></thead><tbody>${rows}</tbody></table>`;
    const { pages } = await render(
      html(`<p>${"Words before the table. ".repeat(60)}</p>${table}<p>After the table.</p>`),
    );
    const withRows = pages.filter((page) => /Row \d+/.test(page));
    assert.ok(withRows.length >= 3, `the table spans ${withRows.length} pages`);
    for (const [i, page] of withRows.entries()) {
      const lines = page.split("\n").filter((line) => /Column A|Row \d+/.test(line));
      assert.match(
        lines[0],
        /Column A\s+Column B/,
        `page ${i + 1} of the table starts with its header`,
      );
      assert.doesNotMatch(
        lines[lines.length - 1],
        /Column A/,
        `page ${i + 1} of the table does not end with its header`,
      );
    }
  });
});

describe("the handout's back page", { skip, timeout: 60_000 }, () => {
  const bio = `<section class="bio" id="about-the-author"><h2>About the author</h2><p>Ada Lovelace wrote the first program.</p></section>`;
  const article = (paragraphs: number) =>
    `<article><h1 id="t">A title</h1>${`<p>${"Words of the article, one after another. ".repeat(20)}</p>`.repeat(paragraphs)}</article>`;
  const handout = async (body: string) => {
    const css = [
      latinFontCss,
      await readTemplate("print.css"),
      await readTemplate("handout.css"),
      "@page { size: A4; }",
    ];
    return render(html(body, css.join("\n")));
  };

  test("should follow an article that ends on page 2 with a blank page 3 and the bio on page 4", async () => {
    const { pages } = await handout(article(7) + bio);
    assert.equal(pages.length, 4);
    assert.match(pages[1], /Words of the article/, "the article ends on page 2");
    assert.equal(pages[2].trim(), "", "page 3 is blank, without even a page number");
    assert.match(pages[3], /About the author/);
    assert.doesNotMatch(pages[3], /Words of the article/);
  });

  test("should put the bio on page 2 after a one-page article", async () => {
    const { pages } = await handout(article(3) + bio);
    assert.equal(pages.length, 2);
    assert.match(pages[1], /About the author/);
  });
});

describe("note links", { skip, timeout: 60_000 }, () => {
  const count = 24;
  const paragraphs = Array.from(
    { length: count },
    (_, i) =>
      `<p>${"Text before the claim. ".repeat(10)}Claim ${i + 1}.<span class="note" id="fn-${i + 1}">Source ${i + 1}.</span> ${"Text after it. ".repeat(8)}</p>`,
  );
  // A second call to note 1 links to it by the id it had in the manuscript.
  const body = `<article>${paragraphs.join("")}<p>Claim 1 again.<sup class="note-again"><a href="#fn-1">1</a></sup></p></article>`;
  let links: Awaited<ReturnType<typeof internalLinks>>;
  before(async () => {
    links = await internalLinks((await render(html(body))).pdf);
  });

  test("should link each call to its note and the note's number back to the call", () => {
    const calls = links.links.filter((link) => /^note-r\d+$/.test(link.destination));
    const numbers = links.links.filter((link) => /^note-call-r\d+$/.test(link.destination));
    assert.equal(numbers.length, count);
    assert.equal(
      calls.length,
      count + 1,
      "a link from each call, and from the second call to note 1",
    );
    for (const number of numbers) {
      const ref = number.destination.slice("note-call-".length);
      const call = calls.find((link) => link.destination === `note-${ref}`);
      assert.ok(call, `a call links to note-${ref}`);
      // Each link goes to the page, and the height on it, of the other.
      const toNote = links.destinations.get(`note-${ref}`);
      const toCall = links.destinations.get(number.destination);
      assert.deepEqual(
        [toNote?.page, toCall?.page],
        [number.page, call.page],
        `note-${ref}: the pages`,
      );
      assert.ok(Math.abs(toNote!.y - number.rect[3]) < 12, `note-${ref} goes to its number`);
      assert.ok(Math.abs(toCall!.y - call.rect[3]) < 12, `note-call-${ref} goes to its call`);
    }
    const [first] = calls;
    assert.equal(
      calls[calls.length - 1].destination,
      first.destination,
      "the second call goes to note 1",
    );
  });

  test("should name the link targets the same way on every build", async () => {
    const again = await internalLinks((await render(html(body))).pdf);
    assert.deepEqual([...again.destinations.keys()].sort(), [...links.destinations.keys()].sort());
  });
});

describe("lists split over a page", { skip, timeout: 60_000 }, () => {
  test("should not spread the short items of a list split between two of them over the line", async () => {
    const style = [
      latinFontCss,
      await readTemplate("print.css"),
      "@page { size: A5; margin: 12mm; }",
    ].join("\n");
    const items = Array.from({ length: 40 }, (_, i) => `<li>Item ${i} in a few words</li>`).join(
      "",
    );
    const document = html(
      `<p>${"Words before the list. ".repeat(40)}</p><ul><li>Outline<ul>${items}</ul></li></ul>`,
      style,
    );
    // pdftotext -layout keeps the spaces of a spread line.
    const spread = (pages: string[]) =>
      pages
        .flatMap((page) => page.split("\n"))
        .filter((line) => /Item\s+\d+\s+in\s{2,}a/.test(line));
    assert.ok(
      spread((await render(document, false)).pages).length > 0,
      "Paged.js alone spreads them",
    );
    const { pages } = await render(document);
    assert.ok(pages.length >= 2);
    assert.deepEqual(spread(pages), []);
  });
});

describe("the text layer", { skip, timeout: 120_000 }, () => {
  // Folio's own stylesheet, on pages tall enough to hold every line: lines
  // compared between two layouts must not move between pages.
  const style = async (page: string) =>
    [latinFontCss, await readTemplate("print.css"), `@page { size: ${page}; margin: 10mm; }`].join(
      "\n",
    );

  test("should keep every letter of a ligature that opens a paragraph or heading on any page", async () => {
    // Th, fi, fl, ff, ffi and ffl are Literata ligatures; Paged.js alone loses their second letters past page 1.
    const starts = [
      "The",
      "fifty",
      "flat",
      "ffoo",
      "ffio",
      "ffle",
      "Thy <em>own</em>",
      "<em>Thee</em>",
      "<a href='#x'>Thou</a>",
    ];
    const blocks = Array.from({ length: 60 }, (_, i) => {
      const text = `${starts[i % starts.length]} block${i} ${"words to fill the page with lines of text, ".repeat(4)}`;
      return i % 10 === 9 ? `<h2>${starts[i % starts.length]} heading${i}</h2>` : `<p>${text}</p>`;
    });
    const document = html(`<section>${blocks.join("")}</section>`, await style("A5"));
    const opening = (pages: string[]) =>
      pages.flatMap((page) =>
        [...page.matchAll(/^\s*(.*?) (?:block|heading)\d+/gm)].map((m) => m[1]),
      );
    const expected = blocks.map((_, i) => starts[i % starts.length].replace(/<[^>]+>/g, ""));
    const plain = opening((await render(document, false)).pages);
    assert.notDeepEqual(plain, expected, "Paged.js alone loses letters");
    const { pages } = await render(document);
    assert.ok(pages.length >= 3);
    assert.deepEqual(opening(pages), expected);
  });

  // Real text, hyphenated by Folio, set in a narrow column on a page that holds it all: many lines end inside a word.
  const bundled = [
    "kazakhstan-military-expansion.md",
    "folio-sampler/what-folio-does.md",
    "folio-sampler/writing-a-manuscript.md",
  ].map((name) => new URL(`../manuscript/${name}`, import.meta.url).pathname);
  const hyphenated = async (paths: string[], width: string) => {
    const paragraphs: string[] = [];
    let text = "";
    for (const path of paths) {
      const markdown = await readFile(path, "utf8");
      // Front matter in TOML (+++) or YAML: not wanted here.
      const file = new VFile({
        path,
        value: markdown.replace(/^(\+\+\+|---)\n[\s\S]*?\n\1\n/, ""),
      });
      const tree = await unified()
        .use(rehypeHyphenate, { lang: "en" })
        .run(await toHast(parseMarkdown(file), file));
      visit(tree, "element", (node) => {
        if (node.tagName === "section") return SKIP; // the notes: their addresses break at their own hyphens
        if (node.tagName !== "p") return;
        paragraphs.push(toHtml(node));
        text += `${hastText(node)}\n`;
      });
    }
    return {
      text,
      document: html(
        `<article style="width: ${width}">${paragraphs.join("")}</article>`,
        await style("100mm 3000mm"),
      ),
    };
  };
  // Each line's words (pdftotext -layout spaces them as justified), soft hyphens left out.
  const lines = (pages: string[]) =>
    pages
      .join("\n")
      .split("\n")
      .map((line) => line.replaceAll("\u00ad", "").trim().replace(/ +/g, " "))
      .filter((line) => line && !/^\d+$/.test(line));
  const endsInWord = (line: string) => /\p{L}-$/u.test(line);
  /** The longest run of lines in a row that end inside a word. */
  const longestRun = (printed: string[]) =>
    Math.max(...printed.map((_, i) => printed.slice(i).findIndex((line) => !endsInWord(line))));

  test("should leave no soft hyphen, and a hyphen where a line ends inside a word, on the same lines", async () => {
    const { document } = await hyphenated(bundled, "38mm");
    const soft = lines((await render(document, false)).pages);
    // No three lines in a row end inside a word: hyphen-runs.ts changes nothing here.
    assert.ok(longestRun(soft) <= 2);
    const { pages } = await render(document);
    const printed = lines(pages);
    assert.equal(pages.length, 1);
    assert.ok(!pages.join("\n").includes("\u00ad"), "no soft hyphen in the text");
    const broken = printed.filter(endsInWord);
    assert.ok(broken.length >= 25, `${broken.length} lines end inside a word`);
    assert.deepEqual(printed, soft, "the same lines as with soft hyphens");
  });

  test("should end no more than two lines in a row inside a word", async () => {
    // "What do people love about Rust?" (../shared/corpus, read at run time): six runs of three or more in this column.
    const essay = new URL(
      "../../shared/corpus/real/markdown/rust-blog-what-do-people-love-about-rust.md",
      import.meta.url,
    ).pathname;
    const { document, text } = await hyphenated([essay], "60mm");
    const soft = lines((await render(document, false)).pages);
    assert.ok(
      longestRun(soft) >= 3,
      "Paged.js alone ends three lines or more in a row inside a word",
    );
    const printed = lines((await render(document)).pages);
    assert.equal(longestRun(printed), 2);
    // Every word is still there (hyphens aside: a writer's may end a line too).
    const flat = (words: string) => words.replace(/[\s\u00ad-]+/g, "");
    assert.equal(flat(printed.join("\n")), flat(text));
  });
});
