// The download page and the OPDS catalog (scripts/publish/), on the bundled
// article and book built into a temporary folder: the page validated
// (html-validate), checked by axe-core in Chromium and photographed at a
// phone's and a desktop's width; the catalog parsed as Atom, and browsed over
// HTTP from a loopback server by a small OPDS client that downloads every
// edition. SCREENSHOTS=<folder> keeps the photographs to look at.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import { HtmlValidate } from "html-validate";
import { imageSize } from "image-size";
import { parseHTML } from "linkedom";
import { withBrowser } from "../scripts/browser/launch.ts";
import { openWindow } from "../scripts/browser/window.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { Epub } from "./helpers/epub.ts";
import { browseCatalog, isAtom, parseFeed, serveFolder } from "./helpers/opds.ts";
import { runFolio } from "./helpers/run.ts";

const browser = await findBrowser({ env: process.env });
const axeSource = await readFile(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const SLUGS = ["folio-sampler", "kazakhstan-military-expansion"];
const EDITIONS = (slug: string) => [`${slug}.pdf`, `${slug}-handout.pdf`, `${slug}.epub`];

let out: string;
let page: string;
before(async () => {
  out = await mkdtemp(join(tmpdir(), "folio-publish-test-"));
  const run = await runFolio(["build", "--out", out]);
  assert.equal(run.code, 0, run.stderr);
  page = await readFile(join(out, "index.html"), "utf8");
});
after(() => rm(out, { recursive: true, force: true }));

/** The page's elements, as a browser parses them. */
const pageDocument = () => parseHTML(page).document;

describe("the download page", () => {
  test("should pass html-validate's recommended rules", async () => {
    const report = await new HtmlValidate({
      extends: ["html-validate:recommended"],
    }).validateString(page, "index.html");
    const messages = report.results.flatMap((result) =>
      result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    assert.deepEqual(messages, []);
  });

  test("should list both publications with title, byline, description and a link per edition with its pages and size", () => {
    const articles = [...pageDocument().querySelectorAll("article")];
    assert.deepEqual(
      articles.map((a) => a.id),
      SLUGS,
      "undated: in order of title",
    );
    const [book, article] = articles.map((a) => a.textContent!.replace(/\s+/g, " "));
    assert.match(
      article,
      /OpEd Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia by Paul Goble Kazakhstan has been reforming/,
    );
    assert.match(
      article,
      /Download PDF to read on screen, with links and bookmarks · 2 pages · \d+ KB/,
    );
    assert.match(
      article,
      /Printable handout to print and hand out, every source in full · 2 pages · \d+ KB/,
    );
    assert.match(article, /EPUB for e-readers Kindle, Apple Books, Kobo, Calibre · \d+ KB/);
    assert.match(
      book,
      /Book A Folio Sampler How one Markdown manuscript becomes a PDF.* edited by The Folio team Two short chapters/,
    );
    assert.match(book, /Download PDF .* · 8 pages · /);
  });

  test("should link only to files in the output folder, each edition with its size as on disk", async () => {
    const document = pageDocument();
    const targets = [
      ...[...document.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!),
      ...[...document.querySelectorAll("img[src]")].map((img) => img.getAttribute("src")!),
      ...[...document.querySelectorAll("link[href]")].map((link) => link.getAttribute("href")!),
    ];
    assert.ok(targets.length >= 10);
    for (const target of targets) {
      assert.doesNotMatch(target, /^[a-z]+:|^\/|\.\./i, `${target} is a file beside the page`);
      await readFile(join(out, decodeURIComponent(target))); // throws when there is no such file
    }
    for (const slug of SLUGS) {
      for (const name of EDITIONS(slug)) {
        const link = document.querySelector(`a[href="${name}"]`);
        assert.ok(link, `a link to ${name}`);
        const size = Math.round((await readFile(join(out, name))).length / 1024);
        assert.match(link.textContent!, new RegExp(`· ${size}\u00a0KB$`), `${name}'s size`);
      }
    }
  });

  test("should show each cover as a thumbnail of the EPUB's cover, made in the same build", async () => {
    for (const slug of SLUGS) {
      const epub = await Epub.load(await readFile(join(out, `${slug}.epub`)));
      const cover = await epub.bytes("OEBPS/cover.png");
      assert.ok(
        Buffer.from(cover).equals(await readFile(join(out, `${slug}.cover.png`))),
        "the cover file is the EPUB's",
      );
      const thumbnail = await readFile(join(out, `${slug}.thumbnail.jpg`));
      assert.deepEqual(
        imageSize(thumbnail),
        { width: 240, height: 384, type: "jpg" },
        "at twice the 120 × 192 CSS pixels shown",
      );
      // Small for a page that lists many: under 24 KB, and smaller than the (palette PNG) cover.
      assert.ok(
        thumbnail.length < Math.min(24_000, cover.length),
        `${thumbnail.length} bytes against the cover's ${cover.length}`,
      );
    }
  });
});

describe("the download page in Chromium", {
  skip: !browser && "no Chrome or Chromium found",
}, () => {
  test("should have no axe-core violation, read from file:// and fit a phone's and a desktop's width in the embedded Literata", async () => {
    const shots = process.env.SCREENSHOTS ?? join(out, "screenshots");
    await mkdir(shots, { recursive: true });
    await withBrowser(browser!.executablePath, async (launched) => {
      const tab = await openWindow(await launched);
      for (const width of [390, 1280]) {
        await tab.setViewport({ width, height: 900 });
        await tab.goto(pathToFileURL(join(out, "index.html")).href, { waitUntil: "load" });
        await tab.evaluate(() => document.fonts.ready.then(() => undefined));
        await tab.evaluate(axeSource);
        const violations = await tab.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: () => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          const results = await axe.run();
          return results.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
          );
        });
        assert.deepEqual(violations, [], `axe-core at ${width} px`);

        // No named helpers in here: tsx wraps them in a `__name()` the page lacks.
        const layout = await tab.evaluate(() => {
          const [cover, description] = [".cover", ".description"].map((selector) =>
            document.querySelector(selector)!.getBoundingClientRect().toJSON(),
          );
          return {
            scrollWidth: document.documentElement.scrollWidth,
            cover: cover as DOMRect,
            description: description as DOMRect,
            links: [...document.querySelectorAll(".editions a")].map(
              (a) => a.getBoundingClientRect().height,
            ),
            images: [...document.images].map((img) => img.complete && img.naturalWidth > 0),
          };
        });
        assert.equal(layout.scrollWidth, width, "nothing wider than the window");
        assert.ok(layout.images.every(Boolean), "every thumbnail shows");
        assert.ok(
          Math.min(...layout.links) >= 44,
          `links at least 44 px tall to tap: ${layout.links}`,
        );
        if (width === 390)
          assert.ok(
            layout.description.top >= layout.cover.bottom,
            "on a phone the description runs under the cover",
          );
        else
          assert.ok(
            layout.description.left >= layout.cover.right,
            "on a desktop the description stands beside the cover",
          );

        // The fonts Chromium drew the title and a link with: the page's own, not the system's.
        const session = await tab.target().createCDPSession();
        await session.send("DOM.enable");
        await session.send("CSS.enable");
        const { root } = await session.send("DOM.getDocument");
        for (const selector of ["h2", ".byline", ".editions .label"]) {
          const { nodeId } = await session.send("DOM.querySelector", {
            nodeId: root.nodeId,
            selector,
          });
          const { fonts } = await session.send("CSS.getPlatformFontsForNode", { nodeId });
          assert.deepEqual(
            fonts.map((f) => [f.familyName, f.isCustomFont]),
            [["Literata", true]],
            `${selector}'s font`,
          );
        }
        await session.detach();
        await writeFile(
          join(shots, `index-${width}.png`),
          await tab.screenshot({ fullPage: true }),
        );
      }
    });
  });
});

describe("the catalog", () => {
  test("should be an OPDS acquisition feed in Atom whose entry ids are the EPUBs' identifiers", async () => {
    const feed = parseFeed(await readFile(join(out, "catalog.xml"), "utf8"));
    assert.ok(isAtom(feed));
    assert.equal(feed.title, "Publications");
    assert.match(feed.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.ok(
      feed.links.some(
        (l) =>
          l.rel === "self" &&
          l.type === "application/atom+xml;profile=opds-catalog;kind=acquisition",
      ),
    );
    assert.deepEqual(
      feed.entries.map((e) => e.title),
      ["A Folio Sampler", "Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia"],
    );
    for (const [i, slug] of SLUGS.entries()) {
      const epub = await Epub.load(await readFile(join(out, `${slug}.epub`)));
      const opf = await epub.text(await epub.opfPath());
      assert.equal(feed.entries[i].id, /<dc:identifier[^>]*>([^<]+)</.exec(opf)?.[1]);
      assert.equal(feed.entries[i].language, "en");
      assert.match(feed.entries[i].updated, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    assert.deepEqual(feed.entries[1].authors, ["Paul Goble"]);
    assert.match(feed.entries[1].summary!, /^Kazakhstan has been reforming/);
  });

  test("should be listed and downloaded from over HTTP by an OPDS client: every edition, the same bytes, the media types its links say", async () => {
    const { url, server } = await serveFolder(out);
    try {
      // What an app is given: the page's address, with catalog.xml in place of index.html.
      const { feed } = await browseCatalog(new URL("catalog.xml", url).href);
      assert.equal(feed.entries.length, 2);
      for (const [i, entry] of feed.entries.entries()) {
        const acquisitions = entry.links.filter(
          (l) => l.rel === "http://opds-spec.org/acquisition",
        );
        assert.deepEqual(
          acquisitions.map((l) => [l.href, l.type]),
          [
            [`${url}${SLUGS[i]}.pdf`, "application/pdf"],
            [`${url}${SLUGS[i]}-handout.pdf`, "application/pdf"],
            [`${url}${SLUGS[i]}.epub`, "application/epub+zip"],
          ],
        );
        for (const link of [
          ...acquisitions,
          ...entry.links.filter((l) => l.rel.startsWith("http://opds-spec.org/image")),
        ]) {
          const response = await fetch(link.href);
          assert.equal(response.status, 200, link.href);
          const bytes = Buffer.from(await response.arrayBuffer());
          assert.ok(
            bytes.equals(
              await readFile(join(out, decodeURIComponent(new URL(link.href).pathname.slice(1)))),
            ),
            `${link.href}: the bytes of the file`,
          );
          // What the file is, by its first bytes, against what the link says.
          const magic = {
            "application/pdf": "%PDF-",
            "application/epub+zip": "PK\u0003\u0004",
            "image/jpeg": "\u00ff\u00d8\u00ff",
            "image/png": "\u0089PNG",
          }[link.type];
          assert.ok(
            magic && bytes.subarray(0, magic.length).equals(Buffer.from(magic, "latin1")),
            `${link.href} is ${link.type}`,
          );
          if (link.type === "application/epub+zip")
            assert.equal(bytes.subarray(30, 58).toString(), "mimetypeapplication/epub+zip");
        }
      }
    } finally {
      server.close();
    }
  });

  test("should say the same in OPDS 2.0 JSON", async () => {
    const xml = parseFeed(await readFile(join(out, "catalog.xml"), "utf8"));
    const json = JSON.parse(await readFile(join(out, "catalog.json"), "utf8"));
    assert.equal(json.metadata.title, xml.title);
    assert.deepEqual(
      json.publications.map((p: { metadata: { identifier: string } }) => p.metadata.identifier),
      xml.entries.map((e) => e.id),
    );
    for (const [i, publication] of json.publications.entries()) {
      const acquisitions = xml.entries[i].links
        .filter((l) => l.rel === "http://opds-spec.org/acquisition")
        .map(({ href, type }) => ({ href, type }));
      assert.deepEqual(
        publication.links.map(({ href, type }: { href: string; type: string }) => ({ href, type })),
        acquisitions,
      );
      assert.deepEqual(
        publication.images.map((image: { href: string }) => image.href),
        [`${SLUGS[i]}.cover.png`, `${SLUGS[i]}.thumbnail.jpg`],
      );
    }
    assert.deepEqual(
      json.publications[0].metadata.editor,
      [{ name: "The Folio team" }],
      "a collection credits its editors",
    );
  });
});
