// Part of build.test.ts, run from there on its build: the EPUB through Calibre's
// ebook-convert to AZW3 (KF8), as a stand-in for Send to Kindle's conversion, then
// back to EPUB to read what survived. Skipped where Calibre is not installed.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, test } from "node:test";
import { imageSize } from "image-size";
import type JSZip from "jszip";
import type { BuiltPublication } from "./build-epub.ts";
import { hasCalibre, throughKindleFormat } from "./helpers/calibre.ts";
import { Epub, startTags } from "./helpers/epub.ts";

export function describeKindleConversion({ out, slug, title, sources }: BuiltPublication): void {
  describe("the EPUB through Calibre's Kindle conversion", () => {
    const skip = hasCalibre
      ? false
      : "Calibre's ebook-convert is not installed (Debian: apt-get install calibre)";

    // One conversion for the tests below.
    let converted: ReturnType<typeof throughKindleFormat> | undefined;
    const convert = () => (converted ??= throughKindleFormat(join(out(), `${slug}.epub`), out()));

    test("should keep the title, author, cover, notes and their links", { skip }, async () => {
      const { meta, cover, roundTrip } = await convert();
      assert.deepEqual([meta.Title, meta["Author(s)"]], [title, "Paul Goble"]);
      // Calibre's reader hands back a scaled copy (1375×2200 here): the shape tells it is ours.
      const size = cover && imageSize(cover);
      assert.deepEqual(
        size && [size.type, size.width / size.height],
        ["jpg", 1600 / 2560],
        "the AZW3 carries the cover",
      );
      const pages = roundTrip.file(/\.x?html$/);
      const html = (await Promise.all(pages.map((page) => page.async("string")))).join("\n");
      const ids = new Set(startTags(html, "[a-z]+").map((attributes) => attributes.id));
      const calls = startTags(html, "a").filter((a) => a.role === "doc-noteref");
      assert.equal(calls.length, sources.length);
      for (const [i, call] of calls.entries()) {
        const target = call.href.split("#")[1];
        assert.ok(ids.has(target), `note ${i + 1}: its call still links to it`);
        const note =
          new RegExp(`<aside[^>]*id="${target}"[^>]*>(.*?)</aside>`, "s").exec(html)?.[1] ?? "";
        const [backlink] = startTags(note, "a");
        assert.ok(
          backlink?.role === "doc-backlink" && backlink.href.endsWith(`#${call.id}`),
          `note ${i + 1}: back link first`,
        );
        assert.ok(note.includes(`href="${sources[i].url}"`), `note ${i + 1}: its source link`);
      }
    });

    test("should keep every embedded font, byte for byte, with its @font-face rule", {
      skip,
    }, async () => {
      const { roundTrip } = await convert();
      const ours = await Epub.load(await readFile(join(out(), `${slug}.epub`)));
      // Calibre's EPUB writes fonts obfuscated (META-INF/encryption.xml, Adobe's scheme:
      // the first 1024 bytes XORed with a key): past them, and in length, they must be ours.
      const fontsOf = async (zip: JSZip, pattern: RegExp) =>
        (
          await Promise.all(
            zip.file(pattern).map(async (file) => {
              const bytes = await file.async("nodebuffer");
              return `${bytes.length} ${bytes.subarray(1024).toString("base64")}`;
            }),
          )
        ).sort();
      const fonts = await fontsOf(ours.zip, /^OEBPS\/fonts\/.*\.ttf$/);
      assert.ok(fonts.length >= 3);
      assert.deepEqual(await fontsOf(roundTrip, /\.ttf$/), fonts);
      const css = (
        await Promise.all(roundTrip.file(/\.css$/).map((file) => file.async("string")))
      ).join("\n");
      assert.equal(css.match(/@font-face/g)?.length, fonts.length);
    });
  });
}
