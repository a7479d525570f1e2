// The EPUB's chapters at a phone's width (390 CSS px), laid out by Chromium as a
// reader's web view lays them out: an ordered list from 3 and a task list, in an
// Arabic article (right to left) and an English one, must keep their numbers and
// boxes beside the text, not on it; a line of code longer than the screen must
// wrap, not run off its edge.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, test } from "node:test";
import { withBrowser } from "../scripts/browser/launch.ts";
import { findBrowser } from "../scripts/browser/find.ts";
import { Epub } from "./helpers/epub.ts";
import { runFolio } from "./helpers/run.ts";

const code =
  "curl --proto '=https' --tlsv1.2 -sSf https://example.org/install-the-application-now.sh | sh";
const manuscript = (lang: string, title: string, items: string[]) => `---
title: ${title}
author: Jane Doe
lang: ${lang}
description: ${title}.
---

${items[0]}

3. ${items[1]}
4. ${items[2]}

- [x] ${items[3]}
- [ ] ${items[4]}

\`\`\`
${code}
\`\`\`
`;

/** Where each list item's marker (number or box) stands against its text, and how wide the page runs. */
interface Layout {
  markers: { marker: { left: number; right: number }; text: { left: number; right: number } }[];
  /** The page's scrolling width and the viewport's. */
  width: [number, number];
}

const browser = await findBrowser({ env: process.env });
let work: string;
const layouts = new Map<string, Layout>();

before(async () => {
  work = await mkdtemp(join(tmpdir(), "folio-phone-"));
  const ar = manuscript("ar", "قائمة المهام", [
    "الخطوات من الثالثة:",
    "افتح التطبيق.",
    "اختر الشبكة.",
    "تثبيت التطبيق",
    "تحديث النظام",
  ]);
  const en = manuscript("en", "A list of tasks", [
    "The steps, from the third:",
    "Open the app.",
    "Choose the network.",
    "Install the app",
    "Update the system",
  ]);
  await writeFile(join(work, "ar.md"), ar);
  await writeFile(join(work, "en.md"), en);
  const build = await runFolio([
    "build",
    join(work, "ar.md"),
    join(work, "en.md"),
    "--out",
    join(work, "out"),
    "--edition",
    "epub",
  ]);
  assert.equal(build.code, 0, build.stderr);
  // Each EPUB unzipped as a reader holds it: the chapter beside its stylesheet and fonts.
  for (const slug of ["ar", "en"]) {
    const epub = await Epub.load(await readFile(join(work, "out", `${slug}.epub`)));
    for (const file of Object.values(epub.zip.files).filter(
      (f) => !f.dir && f.name.startsWith("OEBPS/"),
    )) {
      const path = join(work, slug, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, await file.async("uint8array"));
    }
  }
  await withBrowser(browser!.executablePath, async (launched) => {
    const page = await (await launched).newPage();
    await page.setViewport({ width: 390, height: 844 });
    for (const slug of ["ar", "en"]) {
      await page.goto(pathToFileURL(join(work, slug, "OEBPS", "article.xhtml")).href, {
        waitUntil: "load",
      });
      layouts.set(slug, await page.evaluate(measure));
    }
  });
});
after(() => rm(work, { recursive: true, force: true }));

/** Runs in the page. No named helpers: tsx wraps them in a `__name()` the page lacks. */
function measure(): Layout {
  const markers = [...document.querySelectorAll("li > .number, li > .checkbox")].map((marker) => {
    const range = document.createRange();
    range.setStartAfter(marker);
    range.setEndAfter(marker.parentElement!.lastChild!);
    const text = range.getBoundingClientRect();
    const box = marker.getBoundingClientRect();
    return {
      marker: { left: box.left, right: box.right },
      text: { left: text.left, right: text.right },
    };
  });
  return { markers, width: [document.documentElement.scrollWidth, window.innerWidth] };
}

const skip = !browser && "no Chrome or Chromium found";

test("should set each number and box to the right of its item's text, right to left", {
  skip,
}, () => {
  const { markers } = layouts.get("ar")!;
  assert.equal(markers.length, 4);
  for (const { marker, text } of markers)
    assert.ok(
      marker.left >= text.right - 0.5,
      `marker ${JSON.stringify(marker)}, text ${JSON.stringify(text)}`,
    );
});

test("should set each number and box to the left of its item's text, left to right", {
  skip,
}, () => {
  const { markers } = layouts.get("en")!;
  assert.equal(markers.length, 4);
  for (const { marker, text } of markers)
    assert.ok(
      marker.right <= text.left + 0.5,
      `marker ${JSON.stringify(marker)}, text ${JSON.stringify(text)}`,
    );
});

test("should wrap a line of code longer than the screen is wide", { skip }, () => {
  for (const slug of ["ar", "en"]) {
    const [scrolled, viewport] = layouts.get(slug)!.width;
    assert.ok(
      scrolled <= viewport,
      `${slug}: the page runs ${scrolled} px wide on a ${viewport} px screen`,
    );
  }
});
