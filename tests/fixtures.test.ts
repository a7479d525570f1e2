// Fixture tests through the Markdown processor: tests/fixtures/<plugin>/<case>/
// input.md runs through it (`processor` cases stop there) and then the rehype
// plugin, with the case's options.json if it has one (each plugin alone:
// tests/plugin-fixtures.test.ts); the HTML must equal
// output.html and the messages messages.txt; a case without messages.txt
// expects none. `UPDATE=1 npm test` rewrites the expected files.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { type Plugin, unified } from "unified";
import { VFile } from "vfile";
import rehypeAddressBreaks from "../scripts/html/rehype-address-breaks.ts";
import rehypeChapterHeadings from "../scripts/html/rehype-chapter-headings.ts";
import rehypeTitleHeading from "../scripts/html/rehype-title-heading.ts";
import rehypeEpubAlign from "../scripts/html/rehype-epub-align.ts";
import rehypeEpubListNumbers from "../scripts/html/rehype-epub-list-numbers.ts";
import rehypeEpubNotes from "../scripts/html/rehype-epub-notes.ts";
import rehypeEpubTaskLists from "../scripts/html/rehype-epub-task-lists.ts";
import rehypeHyphenate from "../scripts/html/rehype-hyphenate.ts";
import rehypePrintNotes from "../scripts/html/rehype-print-notes.ts";
import rehypeTextDirection from "../scripts/html/rehype-text-direction.ts";
import { parseMarkdown, toHast } from "../scripts/pipeline.ts";
import { expectFile } from "./helpers/expected.ts";

// biome-ignore lint/suspicious/noExplicitAny: each plugin takes options of its own type
const plugins: Record<string, Plugin<any[], Root> | undefined> = {
  processor: undefined,
  // A rehype plugin of the processor.
  "rehype-heading-levels": undefined,
  "rehype-print-notes": rehypePrintNotes,
  "rehype-epub-notes": rehypeEpubNotes,
  "rehype-epub-list-numbers": rehypeEpubListNumbers,
  "rehype-epub-align": rehypeEpubAlign,
  "rehype-epub-task-lists": rehypeEpubTaskLists,
  "rehype-hyphenate": rehypeHyphenate,
  "rehype-address-breaks": rehypeAddressBreaks,
  "rehype-title-heading": rehypeTitleHeading,
  "rehype-chapter-headings": rehypeChapterHeadings,
  "rehype-text-direction": rehypeTextDirection,
};

const root = new URL("fixtures/", import.meta.url).pathname;

for (const [name, plugin] of Object.entries(plugins)) {
  for (const kase of readdirSync(join(root, name))) {
    test(`${name}: should handle ${kase.replaceAll("-", " ")}`, async () => {
      const folder = join(root, name, kase);
      const file = new VFile({
        path: join(folder, "input.md"),
        value: readFileSync(join(folder, "input.md"), "utf8"),
      });
      const hast = await toHast(parseMarkdown(file), file);
      const optionsPath = join(folder, "options.json");
      const options = existsSync(optionsPath)
        ? JSON.parse(readFileSync(optionsPath, "utf8"))
        : undefined;
      const tree = plugin ? await unified().use(plugin, options).run(hast) : hast;
      // Soft hyphens and no-break spaces shown, so that the expected files say where they are.
      const html = toHtml(tree).replaceAll("\u00ad", "&shy;").replaceAll("\u00a0", "&nbsp;");
      expectFile(join(folder, "output.html"), `${html.trim()}\n`);
      const messages = file.messages
        .map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.reason}`)
        .join("\n");
      const expected = join(folder, "messages.txt");
      if (messages || existsSync(expected)) expectFile(expected, `${messages}\n`);
      else assert.equal(messages, "", "no messages.txt: no messages");
    });
  }
}
