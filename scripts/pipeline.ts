// Every unified processor Folio uses, each one `.use()` chain, in the order a
// manuscript meets them: the one place to read the flow (as mdx's
// createProcessor is). The Markdown (remark) becomes one hast tree; a book's
// chapter is fitted into the book; each edition reshapes its own copy with
// rehype plugins; the importer goes the other way, HTML to Markdown.
// What differs between two runs is a plugin's option, never a flag on the file.
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeSlug from "rehype-slug";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import remarkStringify from "remark-stringify";
import { unified } from "unified";
import type { VFile } from "vfile";
import rehypeAddressBreaks from "./html/rehype-address-breaks.ts";
import rehypeChapterHeadings from "./html/rehype-chapter-headings.ts";
import rehypeChapterIds, { type Options as ChapterIdsOptions } from "./html/rehype-chapter-ids.ts";
import rehypeChapterLinks, {
  type Options as ChapterLinksOptions,
} from "./html/rehype-chapter-links.ts";
import rehypeEpubAlign from "./html/rehype-epub-align.ts";
import rehypeEpubChapterLinks, {
  type Options as EpubLinksOptions,
} from "./html/rehype-epub-chapter-links.ts";
import rehypeEpubListNumbers from "./html/rehype-epub-list-numbers.ts";
import rehypeEpubNotes from "./html/rehype-epub-notes.ts";
import rehypeEpubTaskLists from "./html/rehype-epub-task-lists.ts";
import rehypeFigures from "./html/rehype-figures.ts";
import rehypeHeadingLevels from "./html/rehype-heading-levels.ts";
import rehypeHyphenate from "./html/rehype-hyphenate.ts";
import rehypeLinks from "./html/rehype-links.ts";
import rehypeNonbreaking from "./html/rehype-nonbreaking.ts";
import rehypeNoteQr from "./html/rehype-note-qr.ts";
import rehypeNoteQrFit from "./html/rehype-note-qr-fit.ts";
import rehypeRawWhereNeeded from "./html/rehype-raw-where-needed.ts";
import rehypePrintNotes from "./html/rehype-print-notes.ts";
import rehypeTextDirection from "./html/rehype-text-direction.ts";
import rehypeTitleHeading, { type Options as TitleOptions } from "./html/rehype-title-heading.ts";
import rehypeUniqueIds from "./html/rehype-unique-ids.ts";
import remarkBareAddresses from "./markdown/remark-bare-addresses.ts";
import remarkDuplicateSources from "./markdown/remark-duplicate-sources.ts";
import remarkEmptyLinks from "./markdown/remark-empty-links.ts";
import remarkFlatNotes from "./markdown/remark-flat-notes.ts";
import remarkNoteIds from "./markdown/remark-note-ids.ts";
import remarkFootnotePairs from "./markdown/remark-footnote-pairs.ts";
import remarkLimits from "./markdown/remark-limits.ts";
import remarkMarkdownInHtml from "./markdown/remark-markdown-in-html.ts";
import remarkReadFrontMatter, { FRONT_MATTER } from "./markdown/remark-read-front-matter.ts";
import { remarkSourceNotes } from "./markdown/remark-source-notes.ts";
import remarkTypography from "./markdown/remark-typography.ts";

export interface ManuscriptOptions {
  /** The file is one chapter of a book: links to other chapters wait for the book. */
  chapter?: boolean;
}

/**
 * Markdown with GFM and front matter (YAML, TOML, a MultiMarkdown header, a
 * Pandoc title block) to hast.
 */
export function createManuscriptProcessor({ chapter = false }: ManuscriptOptions = {}) {
  return (
    unified()
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
      // Ids an address can hold, for notes whose labels have `"`, `<` or spaces.
      .use(remarkNoteIds)
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
      .use(rehypeRawWhereNeeded)
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
      .use(rehypeLinks, { chapter })
      // Warns now of a note's address the handout can't give a QR code.
      .use(rehypeNoteQrFit)
      .use(rehypeNonbreaking)
  );
}

// Built and frozen once, at first use: the manual's load parses with the
// same processor its author files and a book's every chapter use.
let article: ReturnType<typeof createManuscriptProcessor> | undefined;
let chapter: ReturnType<typeof createManuscriptProcessor> | undefined;

/** The manuscript processor, frozen, shared by every file of its kind. */
export function manuscriptProcessor(options: ManuscriptOptions = {}) {
  if (options.chapter) return (chapter ??= createManuscriptProcessor({ chapter: true }).freeze());
  return (article ??= createManuscriptProcessor().freeze());
}

export function parseMarkdown(file: VFile): MdastRoot {
  return manuscriptProcessor().parse(file);
}

export function toHast(
  tree: MdastRoot,
  file: VFile,
  options?: ManuscriptOptions,
): Promise<HastRoot> {
  return manuscriptProcessor(options).run(tree, file);
}

/**
 * The notes alone, for `npm run check` (check/manuscript-notes.ts): the
 * Markdown read again with only the plugins that make notes, so that the
 * check counts them by a route apart from the one that prints them.
 */
export function createNotesProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml", "toml"])
    .use(remarkReadFrontMatter)
    .use(remarkGfm)
    .use(remarkSourceNotes)
    .use(remarkFlatNotes);
}

/** The title taken from the text's first heading where the front matter gives none (title.ts). */
export function titleProcessor(options: TitleOptions) {
  return unified().use(rehypeTitleHeading, options);
}

/** A chapter fitted into its book: headings one level down, every id scoped to the chapter. */
export function chapterProcessor(options: ChapterIdsOptions) {
  return unified().use(rehypeChapterHeadings).use(rehypeChapterIds, options);
}

/** A chapter's links to other chapters, once every chapter of the book is loaded. */
export function bookLinksProcessor(options: ChapterLinksOptions) {
  return unified().use(rehypeChapterLinks, options);
}

export interface PrintOptions {
  edition: "pdf" | "handout";
  /** The chapter's language: hyphenation patterns and the direction of its text. */
  lang: string;
}

/** A print edition's copy of a chapter: notes where Paged.js floats them, soft hyphens. */
export function printProcessor({ edition, lang }: PrintOptions) {
  const processor = unified()
    .use(rehypePrintNotes)
    .use(rehypeHyphenate, { lang })
    .use(rehypeTextDirection, { lang })
    .use(rehypeAddressBreaks);
  // The handout prints each note's address as a QR code too.
  return edition === "handout" ? processor.use(rehypeNoteQr) : processor;
}

/**
 * An EPUB chapter's body: first what epub-gen-memory would drop (attributes
 * outside its list), said in what it keeps; then the notes, as popup notes;
 * then the direction of each block whose text runs against the chapter's language.
 */
export function epubProcessor({ lang }: { lang: string }) {
  return unified()
    .use(rehypeEpubListNumbers)
    .use(rehypeEpubAlign)
    .use(rehypeEpubTaskLists)
    .use(rehypeEpubNotes)
    .use(rehypeTextDirection, { lang });
}

/** A book chapter's links pointing at the EPUB files the targets are in. */
export function epubLinksProcessor(options: EpubLinksOptions) {
  return unified().use(rehypeEpubChapterLinks, options);
}

/** Import: a saved page's article HTML to mdast. */
export const importHtmlProcessor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark)
  .freeze();

/** Import: inline sources become notes, by the build's own plugin. */
export const importNotesProcessor = unified().use(remarkSourceNotes).freeze();

/** Import: the manuscript and author files written out as Markdown with YAML front matter. */
export const importStringifier = unified()
  .use(remarkFrontmatter, ["yaml"])
  .use(remarkGfm)
  .use(remarkStringify, {
    bullet: "-",
    emphasis: "*",
    strong: "*",
    rule: "-",
    fences: true,
    listItemIndent: "one",
  })
  .freeze();
