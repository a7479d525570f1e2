// Each remark and rehype plugin alone, in the manner of remark-gfm's fixtures:
// tests/fixtures/plugins/<plugin>/<case>/ holds input.md (remark) or
// input.html (rehype, parsed as a fragment), options.json if the case gives
// the plugin options, and file-data.json for what an earlier plugin leaves
// on the file. The plugin runs with only what it needs before it (remark-gfm
// for notes, remark-frontmatter for front matter), never the whole
// processor, so a case shows what that plugin does and nothing else. The
// tree must equal output.md (remark-stringify) or output.html, what it leaves
// on the file output-data.json, and its messages messages.txt (with their
// rule ids and sources); a case without messages.txt must have none, and a
// case whose plugin throws (remark-limits stops the build) has no output
// file. `UPDATE=1` rewrites the expected files; a missing one fails.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root as MdastRoot } from "mdast";
import rehypeParse from "rehype-parse";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { type Pluggable, type PluggableList, type Plugin, unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import rehypeAddressBreaks from "../scripts/html/rehype-address-breaks.ts";
import rehypeChapterHeadings from "../scripts/html/rehype-chapter-headings.ts";
import rehypeChapterIds from "../scripts/html/rehype-chapter-ids.ts";
import rehypeChapterLinks, { type ChapterTarget } from "../scripts/html/rehype-chapter-links.ts";
import rehypeEpubAlign from "../scripts/html/rehype-epub-align.ts";
import rehypeEpubChapterLinks from "../scripts/html/rehype-epub-chapter-links.ts";
import rehypeEpubListNumbers from "../scripts/html/rehype-epub-list-numbers.ts";
import rehypeEpubNotes from "../scripts/html/rehype-epub-notes.ts";
import rehypeEpubTaskLists from "../scripts/html/rehype-epub-task-lists.ts";
import rehypeFigures from "../scripts/html/rehype-figures.ts";
import rehypeHeadingLevels from "../scripts/html/rehype-heading-levels.ts";
import rehypeHyphenate from "../scripts/html/rehype-hyphenate.ts";
import rehypeLinks from "../scripts/html/rehype-links.ts";
import rehypeNonbreaking from "../scripts/html/rehype-nonbreaking.ts";
import rehypeNoteQr from "../scripts/html/rehype-note-qr.ts";
import rehypeNoteQrFit from "../scripts/html/rehype-note-qr-fit.ts";
import rehypeRawWhereNeeded from "../scripts/html/rehype-raw-where-needed.ts";
import rehypePrintNotes from "../scripts/html/rehype-print-notes.ts";
import rehypeTextDirection from "../scripts/html/rehype-text-direction.ts";
import rehypeTitleHeading from "../scripts/html/rehype-title-heading.ts";
import rehypeUniqueIds from "../scripts/html/rehype-unique-ids.ts";
import remarkBareAddresses from "../scripts/markdown/remark-bare-addresses.ts";
import remarkDuplicateSources from "../scripts/markdown/remark-duplicate-sources.ts";
import remarkEmptyLinks from "../scripts/markdown/remark-empty-links.ts";
import remarkFlatNotes from "../scripts/markdown/remark-flat-notes.ts";
import remarkNoteIds from "../scripts/markdown/remark-note-ids.ts";
import remarkFootnotePairs from "../scripts/markdown/remark-footnote-pairs.ts";
import remarkLimits from "../scripts/markdown/remark-limits.ts";
import remarkMarkdownInHtml from "../scripts/markdown/remark-markdown-in-html.ts";
import remarkReadFrontMatter from "../scripts/markdown/remark-read-front-matter.ts";
import remarkSourceNotes from "../scripts/markdown/remark-source-notes.ts";
import remarkTypography from "../scripts/markdown/remark-typography.ts";
import { expectFile, updating } from "./helpers/expected.ts";

interface Entry {
  // biome-ignore lint/suspicious/noExplicitAny: each plugin takes options (and a tree) of its own type, which the table below pairs with it
  plugin: Plugin<any[], any>;
  /** What the plugin reads that an earlier step makes: notes need remark-gfm, raw HTML a step that leaves it. */
  before?: PluggableList;
  /** options.json as the plugin takes it, where it takes maps and sets. */
  options?: (json: never, folder: string) => unknown;
}

const frontMatter = [remarkFrontmatter, ["yaml", "toml"]] as Pluggable;

const remark: Record<string, Entry> = {
  "remark-bare-addresses": { plugin: remarkBareAddresses, before: [remarkGfm] },
  "remark-duplicate-sources": { plugin: remarkDuplicateSources, before: [remarkGfm] },
  "remark-empty-links": { plugin: remarkEmptyLinks },
  "remark-flat-notes": { plugin: remarkFlatNotes, before: [remarkGfm] },
  "remark-note-ids": { plugin: remarkNoteIds, before: [remarkGfm] },
  "remark-footnote-pairs": { plugin: remarkFootnotePairs, before: [remarkGfm] },
  "remark-limits": { plugin: remarkLimits },
  "remark-markdown-in-html": { plugin: remarkMarkdownInHtml },
  "remark-read-front-matter": { plugin: remarkReadFrontMatter, before: [frontMatter] },
  // It reads `inline-sources` where remark-read-front-matter leaves it.
  "remark-source-notes": {
    plugin: remarkSourceNotes,
    before: [remarkGfm, frontMatter, remarkReadFrontMatter],
  },
  // GFM's autolinks: an address shown as itself keeps its hyphens and dots.
  "remark-typography": { plugin: remarkTypography, before: [remarkGfm] },
};

/** A chapter as options.json gives it: its ids as an object, old id → id in the book. */
interface ChapterJson {
  path: string;
  key: string;
  ids: Record<string, string>;
}
const chapter = (folder: string, c: ChapterJson): ChapterTarget => ({
  path: join(folder, c.path),
  key: c.key,
  ids: new Map(Object.entries(c.ids)),
});

const rehype: Record<string, Entry> = {
  "rehype-address-breaks": { plugin: rehypeAddressBreaks },
  "rehype-chapter-headings": { plugin: rehypeChapterHeadings },
  "rehype-chapter-ids": { plugin: rehypeChapterIds },
  "rehype-chapter-links": {
    plugin: rehypeChapterLinks,
    options: (json: { here: string; chapters: ChapterJson[]; others: string[] }, folder) => {
      const chapters = json.chapters.map((c) => chapter(folder, c));
      const here = chapters.find((c) => c.key === json.here);
      return { here, chapters, others: new Set(json.others.map((path) => join(folder, path))) };
    },
  },
  "rehype-epub-align": { plugin: rehypeEpubAlign },
  "rehype-epub-chapter-links": {
    plugin: rehypeEpubChapterLinks,
    options: (json: { file: string; fileOf: Record<string, string> }) => ({
      file: json.file,
      fileOf: new Map(Object.entries(json.fileOf)),
    }),
  },
  "rehype-epub-list-numbers": { plugin: rehypeEpubListNumbers },
  "rehype-epub-notes": { plugin: rehypeEpubNotes },
  "rehype-epub-task-lists": { plugin: rehypeEpubTaskLists },
  "rehype-figures": { plugin: rehypeFigures },
  "rehype-heading-levels": { plugin: rehypeHeadingLevels },
  "rehype-hyphenate": { plugin: rehypeHyphenate },
  "rehype-links": { plugin: rehypeLinks },
  "rehype-nonbreaking": { plugin: rehypeNonbreaking },
  "rehype-note-qr": { plugin: rehypeNoteQr },
  "rehype-note-qr-fit": { plugin: rehypeNoteQrFit },
  "rehype-print-notes": { plugin: rehypePrintNotes },
  // Its input's comments stand for the raw HTML remark-rehype leaves (HTML parses to none).
  "rehype-raw-where-needed": { plugin: rehypeRawWhereNeeded, before: [commentsAsRaw] },
  "rehype-text-direction": { plugin: rehypeTextDirection },
  "rehype-title-heading": { plugin: rehypeTitleHeading },
  "rehype-unique-ids": { plugin: rehypeUniqueIds },
};

/** Each comment as raw HTML, its text the HTML: what remark-rehype makes of HTML in Markdown. */
function commentsAsRaw() {
  return (tree: HastRoot) => {
    visit(tree, "comment", (node, index, parent) => {
      parent!.children[index!] = { type: "raw", value: node.value };
    });
  };
}

const root = new URL("fixtures/plugins/", import.meta.url).pathname;

test("should have a fixture folder for every plugin, and a plugin for every folder", () => {
  const plugins = (folder: string) =>
    readdirSync(new URL(folder, import.meta.url)).filter((n) => /^(remark|rehype)-.*\.ts$/.test(n));
  const files = [...plugins("../scripts/markdown/"), ...plugins("../scripts/html/")]
    .map((n) => n.slice(0, -3))
    .sort();
  const listed = Object.keys({ ...remark, ...rehype }).sort();
  assert.deepEqual(listed, files, "every plugin file is listed");
  assert.deepEqual(readdirSync(root).sort(), files.sort(), "every plugin has its folder");
});

for (const [name, entry] of [...Object.entries(remark), ...Object.entries(rehype)]) {
  const isRemark = name in remark;
  const cases = existsSync(join(root, name)) ? readdirSync(join(root, name)) : [];
  for (const kase of cases) {
    test(`${name}: should handle ${kase.replaceAll("-", " ")}`, async () => {
      const folder = join(root, name, kase);
      const read = (file: string) => readFileSync(join(folder, file), "utf8");
      const given = (file: string) => existsSync(join(folder, file));
      const input = isRemark ? "input.md" : "input.html";
      const file = new VFile({ path: join(folder, input), value: read(input) });
      if (given("file-data.json")) Object.assign(file.data, JSON.parse(read("file-data.json")));
      const before = JSON.stringify(file.data, shown);
      const json = given("options.json") ? JSON.parse(read("options.json")) : undefined;
      const options = json && entry.options ? entry.options(json as never, folder) : json;

      const run = isRemark ? runRemark : runRehype;
      const output = await run(entry, options, file);
      const outputFile = join(folder, isRemark ? "output.md" : "output.html");
      if (output !== undefined) expectFile(outputFile, output);
      else if (!updating) assert.ok(!existsSync(outputFile), "the plugin threw: no output");

      const dataFile = join(folder, "output-data.json");
      if (JSON.stringify(file.data, shown) !== before || existsSync(dataFile)) {
        expectFile(dataFile, `${JSON.stringify(file.data, shown, 2)}\n`);
      }

      const messages = file.messages.map((m) => {
        const kind = m.fatal ? "error" : "warning";
        return `${m.line}:${m.column} ${kind} ${m.ruleId} (${m.source}): ${m.reason}`;
      });
      const messagesFile = join(folder, "messages.txt");
      if (messages.length > 0 || existsSync(messagesFile)) {
        expectFile(messagesFile, `${messages.join("\n")}\n`);
      } else assert.deepEqual(messages, [], "no messages.txt: no messages");
    });
  }
}

/** The Markdown the plugin leaves; undefined when it stops the run (its error is a message). */
async function runRemark(entry: Entry, options: unknown, file: VFile): Promise<string | undefined> {
  // A MultiMarkdown header (Folio's own node) is written back as it was read.
  const handlers = { multimarkdownHeader: (node: { value: string }) => node.value };
  // The compiler first: only the transformers' order counts, and the plugin runs last.
  const processor = unified()
    .use(remarkParse)
    .use(remarkStringify, { handlers })
    .use(entry.before ?? [])
    .use(entry.plugin, options);
  const tree = processor.parse(file) as MdastRoot;
  try {
    return processor.stringify(await processor.run(tree, file), file);
  } catch (error) {
    if (!file.messages.includes(error as never)) throw error;
    return undefined;
  }
}

async function runRehype(entry: Entry, options: unknown, file: VFile): Promise<string> {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(entry.before ?? [])
    .use(entry.plugin, options);
  const tree = (await processor.run(processor.parse(file), file)) as HastRoot;
  // Soft hyphens and no-break spaces shown, so that the expected files say where they are.
  return `${toHtml(tree).replaceAll("\u00ad", "&shy;").replaceAll("\u00a0", "&nbsp;").trim()}\n`;
}

/** Maps and sets as JSON shows them: objects and arrays. */
function shown(_key: string, value: unknown): unknown {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  return value;
}
