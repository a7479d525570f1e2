// EPUB 3 packaging: XHTML chapters, stylesheet and fonts in, the bytes of an .epub out.
// epub-gen-memory builds the zip; Folio's own EJS templates (templates/epub/) write the
// package document, NCX, navigation document and chapters, because the built-in ones
// put a random UUID and "now" in the metadata and a contents page in the spine.
import { basename } from "node:path";
import { pathToFileURL } from "node:url";
import type { Chapter, Options } from "epub-gen-memory";
import { ReproducibleEPub } from "./reproducible-epub.ts";
import { loadEpubTemplates } from "./templates.ts";

export interface EpubChapter {
  /** ASCII file name ending in .xhtml, e.g. "article.xhtml". */
  filename: string;
  /** Label in the navigation document and the NCX. */
  title: string;
  /** Body fragment as HTML; carries its own headings. */
  html: string;
  landmark?: "bodymatter" | "backmatter";
}

export interface EpubInput {
  title: string;
  authors: string[];
  /** BCP 47 tag, e.g. "en". */
  lang: string;
  /** Must not be empty: an empty dc:description fails EPUBCheck. */
  description: string;
  /** Stable per publication, e.g. "urn:uuid:…"; becomes dc:identifier and dtb:uid. */
  identifier: string;
  /** dcterms:modified and the date of every zip entry; defaults to now. */
  modified?: Date;
  chapters: EpubChapter[];
  /** Stored as OEBPS/style.css; fonts are at "fonts/<file name>" relative to it. */
  css: string;
  /** Absolute paths of font files, stored as OEBPS/fonts/<file name>. */
  fonts: string[];
}

interface Landmark {
  type: "bodymatter" | "backmatter";
  href: string;
  title: string;
}

// Keys beyond epub-gen-memory's own options: it validates options with a partial shape
// and spreads all of them into the template data, so these reach the templates.
interface TemplateData {
  identifier: string;
  modified: string;
  landmarks: Landmark[];
}

// epub-gen-memory silently rewrites file names outside this pattern (and appends
// ".xhtml"), which would break links between chapters; toc.xhtml is its nav document.
const chapterFilename = /^[A-Za-z0-9._-]+\.xhtml$/;
const reservedFilenames = new Set(["toc.xhtml"]);
// Font names are sanitized the same way, and the stylesheet refers to them by name; the
// media type comes from the extension, and these are EPUB 3.2's core font types.
const fontFilename = /^[A-Za-z0-9._-]+\.(woff2|woff|ttf|otf)$/;

export async function packageEpub(input: EpubInput): Promise<Uint8Array> {
  assertPackageable(input);
  const modified = input.modified ?? new Date();
  const templates = await loadEpubTemplates();
  const options: Options & TemplateData = {
    ...templates,
    version: 3,
    title: input.title,
    author: input.authors,
    lang: input.lang,
    description: input.description,
    css: input.css,
    fonts: input.fonts.map((path) => ({ filename: basename(path), url: pathToFileURL(path).href })),
    prependChapterTitles: false,
    // A missing font or image must fail the build, not leave an empty file behind.
    ignoreFailedDownloads: false,
    verbose: false,
    identifier: input.identifier,
    // EPUB 3.2 §3.4.3: CCYY-MM-DDThh:mm:ssZ, no fractions of a second.
    modified: modified.toISOString().replace(/\.\d+Z$/, "Z"),
    landmarks: landmarksOf(input.chapters),
  };
  // `landmark` rides along like the extra options: chapters are spread into the
  // chapter template's data, which puts it on <body epub:type>.
  const content: Array<Chapter & { landmark?: string }> = input.chapters.map((chapter) => ({
    filename: chapter.filename,
    title: chapter.title,
    content: chapter.html,
    landmark: chapter.landmark,
  }));
  return new ReproducibleEPub(options, content).generateReproducible(modified);
}

/** The first chapter of each landmark type: the landmarks nav lists where each part starts. */
function landmarksOf(chapters: EpubChapter[]): Landmark[] {
  const landmarks: Landmark[] = [];
  for (const chapter of chapters) {
    const type = chapter.landmark;
    if (type && !landmarks.some((landmark) => landmark.type === type)) {
      landmarks.push({ type, href: chapter.filename, title: chapter.title });
    }
  }
  return landmarks;
}

function assertPackageable(input: EpubInput): void {
  if (input.chapters.length === 0) throw new Error("An EPUB needs at least one chapter");
  if (input.description.trim() === "") {
    throw new Error("An EPUB needs a description: an empty dc:description fails EPUBCheck");
  }
  const chapterNames = input.chapters.map((chapter) => chapter.filename);
  for (const name of chapterNames) {
    if (!chapterFilename.test(name) || reservedFilenames.has(name)) {
      throw new Error(`Chapter file name \`${name}\` must match ${chapterFilename} and not be toc.xhtml`);
    }
  }
  assertUnique("chapter file name", chapterNames);
  const fontNames = input.fonts.map((path) => basename(path));
  for (const name of fontNames) {
    if (!fontFilename.test(name)) throw new Error(`Font file name \`${name}\` must match ${fontFilename}`);
  }
  assertUnique("font file name", fontNames);
}

function assertUnique(what: string, names: string[]): void {
  const duplicate = names.find((name, index) => names.indexOf(name) !== index);
  if (duplicate !== undefined) throw new Error(`Duplicate ${what} \`${duplicate}\``);
}
