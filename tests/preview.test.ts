// `folio preview`, as a writer uses it: the real CLI in its own process, its
// page in a real browser (puppeteer, the build's Chromium), edits saved to
// disk, and its server asked for what it must not give.
import assert from "node:assert/strict";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { networkInterfaces, tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Browser, Page } from "puppeteer-core";
import { findBrowser } from "../scripts/browser/find.ts";
import { launchBrowser } from "../scripts/browser/launch.ts";
import { runFolio } from "./helpers/run.ts";
import { processesNaming, type Spawned, spawnFolio, until } from "./helpers/spawn.ts";
import { pdfInfo, pdfText } from "./helpers/tools.ts";

const SLUG = "kazakhstan-military-expansion";
const TITLE = "Kazakhstan’s Ongoing Military Expansion May Ultimately Threaten Russia";

let work: string;
let manuscript: string;
let preview: Spawned;
let address: URL;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-preview-"));
  const bundled = new URL("../manuscript/", import.meta.url).pathname;
  await cp(bundled, join(work, "manuscript"), { recursive: true });
  manuscript = join(work, "manuscript", `${SLUG}.md`);
  preview = await spawnFolio(["preview", `manuscript/${SLUG}.md`], { cwd: work });
  assert.ok(await until(() => /http:\S+/.test(preview.stdout()), 60_000), preview.stderr());
  address = new URL(/http:\S+/.exec(preview.stdout())![0]);
  const found = await findBrowser({ env: process.env });
  const launched = await launchBrowser({ executablePath: found!.executablePath });
  ({ browser, close: closeBrowser } = launched);
  page = await browser.newPage();
  await page.goto(address.href);
});

after(async () => {
  await closeBrowser?.();
  preview?.kill("SIGKILL"); // the last test stops it properly; this is for when one failed first
  await rm(work, { recursive: true, force: true });
});

/** The laid-out pages the preview shows now, as text. */
async function shownPages(): Promise<string[]> {
  return page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>("main iframe:not(.next)");
    const pages = frame?.contentDocument?.querySelectorAll<HTMLElement>(".pagedjs_page") ?? [];
    return [...pages].map((p) => p.innerText);
  });
}

/** Waits for the page to show a build newer than `version`, without anyone reloading it. */
async function nextVersion(version: number): Promise<number> {
  const newer = (v: number) => {
    const shown = Number(document.body.dataset.version ?? 0);
    return shown > v ? shown : 0;
  };
  const handle = await page.waitForFunction(newer, { timeout: 120_000 }, version);
  return Number(await handle.jsonValue());
}

const version = () => page.evaluate(() => Number(document.body.dataset.version ?? 0));
/**
 * The letters of `printed` that `shown` lacks; undefined when `shown` has one
 * that `printed` lacks. Letters, not words or lines: the PDF's text runs by
 * position and spaces out letter-spaced words, the page's follows the document.
 * Numbers aside: CSS counters draw the note calls, the notes' "1." and the page
 * numbers, which a page's text lacks.
 */
function extraLetters(printed: string, shown: string): string | undefined {
  const letters = (text: string) => [...text.replace(/\d+\.?|[\s\u00ad]/g, "")];
  const left = letters(printed);
  for (const letter of letters(shown)) {
    const at = left.indexOf(letter);
    if (at === -1) return undefined;
    left.splice(at, 1);
  }
  return left.sort().join("");
}

test("should show the article's first page with its title, the built PDF's pages", async () => {
  await nextVersion(0);
  const pages = await shownPages();
  assert.match(pages[0], new RegExp(TITLE));
  // Only the edition a page shows is made: the handout waits for someone to look at it.
  assert.equal(await status(`/p/${SLUG}/handout.html`), 404);
  const out = join(work, "out");
  const argv = ["build", `manuscript/${SLUG}.md`, "--out", out, "--edition", "pdf"];
  const built = await runFolio(argv, { cwd: work });
  assert.equal(built.code, 0, built.stderr);
  const pdf = join(out, `${SLUG}.pdf`);
  assert.equal(pages.length, (await pdfInfo(pdf)).pages);
  // Every page holds the text of the PDF's page, and the PDF's page nothing
  // more than its running head (a CSS string() of the title): the page breaks are the same.
  const head = [...TITLE.replace(/\s/g, "")].sort().join("");
  for (const [i, text] of pages.entries()) {
    const extra = extraLetters(await pdfText(pdf, i + 1), text);
    const more = `page ${i + 1}: the PDF's page has ${extra ?? "less"} more`;
    assert.ok(extra === "" || extra === head, more);
  }
});

test("should show an edit without a reload, at the reader's place", async () => {
  const before = await version();
  await page.evaluate(() => Object.assign(window, { unreloaded: true }));
  // The reader is on the second page.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>("main iframe:not(.next)")!;
    frame.contentDocument!.querySelectorAll(".pagedjs_page")[1].scrollIntoView();
  });
  const text = await readFile(manuscript, "utf8");
  const edited = text.replace("Kramarenko says.", "Kramarenko says, writing from Zanzibar.");
  await writeFile(manuscript, edited);
  await nextVersion(before);
  assert.match((await shownPages())[0], /writing from Zanzibar/);
  const unreloaded = await page.evaluate(() => "unreloaded" in window);
  assert.equal(unreloaded, true, "the page was not reloaded");
  const onPage = await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>("main iframe:not(.next)")!;
    const pages = [...frame.contentDocument!.querySelectorAll(".pagedjs_page")];
    return pages.findIndex((p) => p.getBoundingClientRect().bottom > 0);
  });
  assert.equal(onPage, 1, "still on the second page");
});

test("should keep the reader at the same paragraph when an edit above it moves the text down", async () => {
  // The first block of text at the top of the view, and how far from the top it stands.
  const atTop = () =>
    page.evaluate(() => {
      const frame = document.querySelector<HTMLIFrameElement>("main iframe:not(.next)")!;
      const blocks =
        frame.contentDocument!.querySelectorAll<HTMLElement>(".pagedjs_page_content p");
      const block = [...blocks].find((b) => b.getBoundingClientRect().bottom > 0)!;
      return { text: block.innerText.slice(0, 60), top: block.getBoundingClientRect().top };
    });
  // The reader is at the second page's first paragraph, 40 px down the view.
  await page.evaluate(() => {
    const frame = document.querySelector<HTMLIFrameElement>("main iframe:not(.next)")!;
    const second = frame.contentDocument!.querySelectorAll(".pagedjs_page")[1];
    second.querySelector(".pagedjs_page_content p")!.scrollIntoView();
    frame.contentWindow!.scrollBy(0, -40);
  });
  const place = await atTop();
  const text = await readFile(manuscript, "utf8");
  // Five lines and more at the start of the text: every paragraph after them moves down.
  const added = "A paragraph the writer has just added. ".repeat(12).trim();
  const before = await version();
  await writeFile(manuscript, text.replace(/\n---\n\n/, `\n---\n\n${added}\n\n`));
  const shown = await nextVersion(before);
  assert.match((await shownPages()).join("\n"), /the writer has just added/);
  const now = await atTop();
  assert.equal(now.text, place.text, "the same paragraph at the top of the view");
  assert.ok(
    Math.abs(now.top - place.top) < 2,
    `as far down the view: ${now.top} px, was ${place.top}`,
  );
  await writeFile(manuscript, text);
  await nextVersion(shown);
});

test("should show a broken manuscript's positioned error above its last good pages", async () => {
  const before = await version();
  const text = await readFile(manuscript, "utf8");
  await writeFile(manuscript, text.replace("author: paul-goble", "author: paul-gobble"));
  const error = `manuscript/${SLUG}.md:4:1: error: No author file for \`paul-gobble\``;
  const shows = (e: string) => document.querySelector("#messages")!.textContent!.includes(e);
  await page.waitForFunction(shows, { timeout: 120_000 }, error);
  const panel = "#messages";
  const hidden = await page.evaluate((p) => document.querySelector<HTMLElement>(p)!.hidden, panel);
  assert.equal(hidden, false);
  assert.equal(await version(), before, "the pages shown are the last good ones");
  assert.match((await shownPages())[0], /writing from Zanzibar/);
  // Fixed, the error goes and new pages come.
  await writeFile(manuscript, text);
  await nextVersion(before);
  const messages = await page.evaluate(() => document.querySelector("#messages")!.textContent);
  assert.equal(messages!.trim(), "");
});

test("should show the EPUB's chapters at a phone's width, then the PDF again", async () => {
  await page.select("#edition", "epub-phone");
  await page.waitForSelector("main > .reader:not(.next)", { timeout: 60_000 });
  const reader = await page.evaluate(() => {
    const shown = document.querySelector<HTMLElement>("main > .reader")!;
    const frames = [...shown.querySelectorAll("iframe")];
    const texts = frames.map((frame) => frame.contentDocument!.body.innerText);
    return { width: shown.clientWidth, texts };
  });
  assert.equal(reader.width, 360);
  assert.match(reader.texts[0], new RegExp(TITLE));
  assert.match(reader.texts.join("\n"), /writing from Zanzibar/);
  const bio = reader.texts.some((text) => /Paul Goble/.test(text) && /About/i.test(text));
  assert.ok(bio, "the bio");
  await page.select("#edition", "pdf");
  await page.waitForSelector("main > iframe:not(.next)", { timeout: 60_000 });
  assert.match((await shownPages())[0], new RegExp(TITLE));
});

/** What the server answers for `path`, sent as written (fetch() would resolve the dots first). */
function status(path: string, host = address.hostname, name = address.host): Promise<number> {
  return new Promise((resolve, reject) => {
    const options = { host, port: address.port, path, headers: { host: name } };
    const sent = request(options, (response) => {
      response.resume();
      resolve(response.statusCode!);
    });
    sent.on("error", reject);
    sent.end();
  });
}

test("should run no script in the shown editions", async () => {
  const headers = await fetch(new URL(`/p/${SLUG}/pdf.html`, address)).then((r) => r.headers);
  assert.match(headers.get("content-security-policy")!, /^default-src 'none';/);
  assert.doesNotMatch(headers.get("content-security-policy")!, /script-src/);
  const frame = "main > iframe";
  const sandboxOf = (f: string) => document.querySelector(f)!.getAttribute("sandbox");
  const sandbox = await page.evaluate(sandboxOf, frame);
  assert.equal(sandbox, "allow-same-origin");
});

test("should give nothing outside the publication's files and its own assets", async () => {
  assert.equal(await status(`/p/${SLUG}/pdf.html`), 200);
  assert.equal(await status("/assets/page.js"), 200);
  for (const path of [
    "/../package.json",
    "/%2e%2e/package.json",
    "/assets/../../package.json",
    "/assets/%2e%2e%2f%2e%2e%2fpackage.json",
    `/p/${SLUG}/files/0/%2e%2e%2f%2e%2e%2fpackage.json`,
    `/p/${SLUG}/files/0/paul-goble.md`,
    `/p/${SLUG}/${SLUG}.md`,
    `/p/${SLUG}/epub/OEBPS/%2e%2e/%2e%2e/package.json`,
    `/p/${SLUG}/epub/..%2f..%2fpackage.json`,
    "/etc/passwd",
    "//etc/passwd",
    "/p/../manuscript/authors/paul-goble.md",
  ]) {
    assert.equal(await status(path), 404, path);
  }
});

test("should answer only on loopback, and only to its own name", async (t) => {
  const addresses = Object.values(networkInterfaces()).flat();
  const others = addresses.filter((a) => a && !a.internal && a.family === "IPv4");
  if (others.length === 0) return t.skip("this machine has no address but loopback");
  await assert.rejects(status("/", others[0]!.address), { code: "ECONNREFUSED" });
  // A page elsewhere whose name points at 127.0.0.1 (DNS rebinding) gets nothing.
  const rebound = await status("/", "127.0.0.1", "evil.example");
  assert.equal(rebound, 403);
});

test("should stop on Ctrl-C with exit 130, leaving no browser and no temporary file", async () => {
  assert.ok(processesNaming(preview.tmp).length > 0, "its browser is running");
  preview.kill("SIGINT");
  const exit = await preview.exited;
  assert.equal(exit.code, 130, preview.stderr());
  assert.deepEqual(processesNaming(preview.tmp), [], "no Chromium left");
  assert.deepEqual(
    (await readdir(preview.tmp)).filter((name) => name.startsWith("folio-")),
    [],
  );
});
