// The one unified processor every manuscript goes through: Markdown with GFM
// and front matter (YAML, TOML, a MultiMarkdown header), parsed once, turned into one hast tree that every
// edition then copies and reshapes with its own rehype plugins.
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeRaw from "rehype-raw";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import remarkFlatNotes from "./remark-flat-notes.ts";
import remarkLimits from "./remark-limits.ts";
import remarkMarkdownInHtml from "./remark-markdown-in-html.ts";
import remarkReadFrontMatter, { FRONT_MATTER } from "./remark-read-front-matter.ts";
import { remarkSourceNotes } from "./remark-source-notes.ts";
import type { VFile } from "vfile";
import rehypeFigures from "../html/rehype-figures.ts";
import rehypeHeadingLevels from "../html/rehype-heading-levels.ts";
import rehypeLinks from "../html/rehype-links.ts";
import rehypeNoteQrFit from "../html/rehype-note-qr-fit.ts";
import rehypeNonbreaking from "../html/rehype-nonbreaking.ts";
import rehypeUniqueIds from "../html/rehype-unique-ids.ts";
import remarkBareAddresses from "./remark-bare-addresses.ts";
import remarkDuplicateSources from "./remark-duplicate-sources.ts";
import remarkEmptyLinks from "./remark-empty-links.ts";
import remarkFootnotePairs from "./remark-footnote-pairs.ts";
import remarkTypography from "./remark-typography.ts";

export function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml", "toml"])
    // Read once into `file.data.frontMatter`, for the loaders and the plugins below.
    .use(remarkReadFrontMatter)
    .use(remarkGfm)
    .use(remarkLimits)
    // Web addresses in parentheses become footnotes, before anything rewrites the text.
    .use(remarkSourceNotes)
    // A note inside a note becomes text of the outer one: no edition can nest them.
    .use(remarkFlatNotes)
    // Lint: positioned warnings the build prints and `folio check` fails on.
    // After the source notes (what they leave is what the reader gets), before
    // the typography, after which the text no longer reads as in the source.
    .use(remarkFootnotePairs)
    .use(remarkMarkdownInHtml)
    .use(remarkEmptyLinks)
    .use(remarkBareAddresses)
    .use(remarkDuplicateSources)
    // Curly quotes, real dashes and ellipses where the writer typed straight ones.
    // `--` an en dash, `---` an em dash, as in Pandoc and TeX.
    .use(remarkTypography)
    .use(remarkRehype, {
      // Raw HTML is part of Markdown: keep it, to be parsed and sanitized below.
      allowDangerousHtml: true,
      // Plain ids (`fn-1`, `fnref-1`): the HTML is ours, not a web page's
      // user content, so GitHub's `user-content-` prefix has no use.
      clobberPrefix: "",
      // The front matter is data, not text: never let it reach an edition.
      handlers: Object.fromEntries(FRONT_MATTER.map((type) => [type, () => undefined])),
    })
    .use(rehypeRaw)
    // GitHub's allow-list: no script, event handler, iframe, object, embed,
    // style or javascript: URL from a manuscript reaches any edition.
    // The text of a <style> goes with it: kept, it would print as a paragraph of CSS.
    .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "", strip: ["script", "style"] })
    // Ids on headings, for bookmarks, the navigation and links.
    .use(rehypeSlug)
    .use(rehypeUniqueIds)
    // No heading skips a level (`#` then `###`): a warning, and the editions renumber them.
    .use(rehypeHeadingLevels)
    .use(rehypeFigures)
    .use(rehypeLinks)
    // Warns now of a note's address the handout can't give a QR code.
    .use(rehypeNoteQrFit)
    .use(rehypeNonbreaking);
}

const processor = createProcessor();

export function parseMarkdown(file: VFile): MdastRoot {
  return processor.parse(file);
}

export async function toHast(tree: MdastRoot, file: VFile): Promise<HastRoot> {
  return processor.run(tree, file);
}
