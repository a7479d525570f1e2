import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, test } from "node:test";
import { browserProcess, withBrowser } from "../scripts/browser/launch.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { BrowserNotFoundError } from "../scripts/errors.ts";
import { finishPdf } from "../scripts/pdf/finish.ts";
import { PagedPages } from "../scripts/pdf/paged-pages.ts";
import { renderPdf } from "../scripts/pdf/render.ts";
import { pdfInfo, pdfText } from "./helpers/tools.ts";

const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Tiny</title>
<style>
  @page { size: A4; margin: 20mm; @footnote { border-top: 0.5pt solid; } }
  body { font-family: Georgia, "Times New Roman", serif; }
  .note { float: footnote; }
</style></head>
<body>
  <h1 id="tiny">A tiny document</h1>
  <p>A claim that needs a source.<span class="note" data-ref="fn-1">Footnote text: the source.</span> The paragraph goes on.</p>
</body></html>`;

const browser = await findBrowser({ env: process.env });
const skip = !browser ? "no Chrome or Chromium found" : false;

let dir = "";
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "folio-pdf-test-"));
  await writeFile(path.join(dir, "tiny.html"), html);
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

test("should render footnotes at the foot of page 1 and write metadata", {
  skip,
  timeout: 60_000,
}, async () => {
  let child: ChildProcess | null = null;
  const pdf = await withBrowser(browser!.executablePath, async (launched) => {
    child = browserProcess(await launched) ?? null;
    const rendered = await renderPdf(new PagedPages(launched, { folder: dir }), {
      html: await readFile(path.join(dir, "tiny.html"), "utf8"),
      outlineTags: ["h1"],
    });
    assert.equal(rendered.pageCount, 1);
    return finishPdf(rendered.pdf, {
      title: "A tiny document",
      authors: ["Ada Lovelace", "Charles Babbage"],
      lang: "en",
      date: new Date("2024-05-01T12:00:00Z"),
      outline: rendered.outline,
    });
  });
  assert.ok(child, "the browser was launched by withBrowser");
  assert.ok(exited(child), "withBrowser closed the browser");

  const file = path.join(dir, "tiny.pdf");
  await writeFile(file, pdf);
  const text = await pdfText(file, 1);
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const body = lines.findIndex((line) => line.startsWith("A claim that needs a source."));
  const note = lines.findIndex((line) => line.includes("Footnote text: the source."));
  assert.ok(body >= 0, "body text on page 1");
  assert.ok(note > body, "note on page 1, below the text that calls it");
  assert.doesNotMatch(lines[body] ?? "", /Footnote text/, "the note left the paragraph");

  const info = await pdfInfo(file);
  assert.equal(info.title, "A tiny document");
  assert.equal(info.author, "Ada Lovelace, Charles Babbage");
  assert.equal(info.creator, "Folio");
  assert.equal(info.tagged, true);
  assert.equal(info.pages, 1);
  assert.deepEqual([Math.round(info.width), Math.round(info.height)], [595, 842]);
  assert.match(info.created ?? "", /^D:2024/);
});

test("should close the browser and reject with the reason when aborted", {
  skip,
  timeout: 60_000,
}, async () => {
  const controller = new AbortController();
  let child: ChildProcess | null = null;
  const reason = new Error("stopped by the test");
  await assert.rejects(
    withBrowser(
      browser!.executablePath,
      async (launched) => {
        child = browserProcess(await launched) ?? null;
        setTimeout(() => controller.abort(reason), 50);
        return renderPdf(new PagedPages(launched, { folder: dir }), {
          html: await readFile(path.join(dir, "tiny.html"), "utf8"),
          signal: controller.signal,
        });
      },
      controller.signal,
    ),
    reason,
  );
  assert.ok(child && exited(child), "the browser is gone");
});

test("should reject an explicit browser path that does not exist", async () => {
  await assert.rejects(
    findBrowser({ path: "/no/such/chrome", env: {} }),
    (error: unknown) =>
      error instanceof BrowserNotFoundError &&
      error.message === "--browser /no/such/chrome: no executable file there",
  );
});

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

test("should let the page read only the files it was given: no other file, no network", {
  skip,
  timeout: 60_000,
}, async () => {
  const hostile = `<!doctype html><html><head><meta charset="utf-8"><title>Hostile</title>
<style>@page { size: A4; margin: 20mm; } body { background: url("file:///etc/hostname"); }</style></head>
<body><p>Text.</p><img src="file:///etc/passwd" alt="x"><img src="http://127.0.0.1:9/pixel.png" alt="y"></body></html>`;
  const remoteStyle = `<!doctype html><html><head><meta charset="utf-8"><title>Remote</title>
<style>@import url("https://attacker.example/track.css"); @page { size: A4; }</style></head><body><p>Text.</p></body></html>`;
  await withBrowser(browser!.executablePath, async (launched) => {
    const pages = new PagedPages(launched, { folder: dir });
    const rendered = await renderPdf(pages, { html: hostile });
    assert.equal(rendered.pageCount, 1, "the document itself was laid out");
    for (const url of [
      "file:///etc/passwd",
      "file:///etc/hostname",
      "http://127.0.0.1:9/pixel.png",
    ]) {
      assert.ok(
        rendered.blocked.includes(url),
        `${url} was blocked (blocked: ${rendered.blocked.join(", ")})`,
      );
    }
    await assert.rejects(
      renderPdf(pages, { html: remoteStyle }),
      /may not read: https:\/\/attacker\.example\/track\.css/,
    );
  });
});
