// Fixture tests for the rehype plugins: tests/fixtures/<plugin>/<case>/input.md
// runs through the Markdown processor and the plugin; the HTML must equal
// output.html. `UPDATE=1 npm test` rewrites the expected files.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { type Plugin, unified } from "unified";
import { VFile } from "vfile";
import rehypeEpubNotes from "../scripts/html/rehype-epub-notes.ts";
import rehypePrintNotes from "../scripts/html/rehype-print-notes.ts";
import { parseMarkdown, toHast } from "../scripts/markdown/processor.ts";

const plugins: Record<string, Plugin<[], Root>> = {
  "rehype-print-notes": rehypePrintNotes,
  "rehype-epub-notes": rehypeEpubNotes,
};

const root = new URL("fixtures/", import.meta.url).pathname;

for (const [name, plugin] of Object.entries(plugins)) {
  for (const kase of readdirSync(join(root, name))) {
    test(`${name}: should handle ${kase.replaceAll("-", " ")}`, async () => {
      const folder = join(root, name, kase);
      const file = new VFile({ path: join(folder, "input.md"), value: readFileSync(join(folder, "input.md"), "utf8") });
      const hast = await toHast(parseMarkdown(file), file);
      const actual = toHtml(await unified().use(plugin).run(hast)).trim() + "\n";
      const expectedPath = join(folder, "output.html");
      if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      assert.equal(actual, readFileSync(expectedPath, "utf8"));
    });
  }
}
