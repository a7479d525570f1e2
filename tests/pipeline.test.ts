// The chains of scripts/pipeline.ts: what differs between two runs is a
// plugin's option (a book's chapter), and the front matter is read once, by
// the processor, for every file that has it: plugins and author files read
// `file.data.frontMatter`, with the same key checks and placed messages.
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { toHtml } from "hast-util-to-html";
import type { Root } from "mdast";
import { unified } from "unified";
import { VFile } from "vfile";
import { resolveAuthor } from "../scripts/manuscript/authors.ts";
import remarkSourceNotes from "../scripts/markdown/remark-source-notes.ts";
import { parseMarkdown, toHast } from "../scripts/pipeline.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "folio-pipeline-"));
});
after(() => rm(dir, { recursive: true, force: true }));

const messages = (file: VFile) =>
  file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.source}`);

test("should leave a link to another chapter for the book, warn of it in an article", async () => {
  const text = "# Method\n\nAs [shown](results.md#table) before.\n";
  const article = new VFile({ path: "article.md", value: text });
  const inArticle = toHtml(await toHast(parseMarkdown(article), article));
  assert.deepEqual(messages(article), ["3:4 link-target rehype-links"]);
  assert.doesNotMatch(inArticle, /<a /);

  const chapter = new VFile({ path: "method.md", value: text });
  const inChapter = toHtml(await toHast(parseMarkdown(chapter), chapter, { chapter: true }));
  assert.deepEqual(messages(chapter), []);
  assert.match(inChapter, /<a href="results\.md#table">shown<\/a>/);
});

for (const [form, text] of [
  ["YAML", "---\nname: Jane Doe\nnmae: Jane\n---\n\nJane Doe writes about rivers.\n"],
  ["TOML", '+++\nname = "Jane Doe"\nnmae = "Jane"\n+++\n\nJane Doe writes about rivers.\n'],
]) {
  test(`should warn of an unknown key in an author file's ${form}, at its place`, async () => {
    await writeFile(join(dir, "jane-doe.md"), text);
    const author = await resolveAuthor("jane-doe", dir, dir);
    assert.equal(author?.name, "Jane Doe");
    const [message, ...rest] = author?.file?.messages ?? [];
    assert.deepEqual(rest, []);
    const where = `${message?.line}:${message?.column} ${message?.ruleId}`;
    assert.equal(where, "3:1 front-matter-unknown-key");
    assert.equal(message?.fatal, false);
    assert.match(message?.reason ?? "", /`nmae` \(did you mean `name`\?\)/);
  });
}

test("should read `inline-sources` where the processor left it, never parse it again", async () => {
  const text = "---\ninline-sources: false\n---\n\nA claim (example.org/claim).\n";
  const notes = async (file: VFile) => {
    const tree = parseMarkdown(file);
    await unified()
      .use(remarkSourceNotes)
      .run(tree as Root, file);
    return tree.children.filter((node) => node.type === "footnoteDefinition").length;
  };
  // The plugin alone, on a file no processor has read: the YAML is not its to read.
  assert.equal(await notes(new VFile({ value: text })), 1);
  const read = new VFile({ value: text });
  const start = { line: 1, column: 1 };
  read.data.frontMatter = { data: { "inline-sources": false }, places: {}, start };
  assert.equal(await notes(read), 0);
  // Through the whole processor, which reads the front matter first.
  const file = new VFile({ value: text });
  assert.doesNotMatch(toHtml(await toHast(parseMarkdown(file), file)), /footnote/);
});
