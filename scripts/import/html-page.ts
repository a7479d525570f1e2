// A saved web page: the article found by Readability (Firefox's reader mode)
// on a linkedom document, its title, authors, date and address taken from the
// page's metadata where it has them, and its text as Markdown with every link
// made a note.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Paragraph, Root } from "mdast";
import type { VFile } from "vfile";
import { UsageError } from "../errors.ts";
import { isKind, splitTitle } from "./title.ts";
import { takeBioBox } from "./author-bio.ts";
import { inlineSourcesToNotes, plainText } from "./body.ts";
import { bareAddressesToLinks } from "./bare-addresses.ts";
import { isDate } from "./blocks.ts";
import { chooseAuthors } from "./byline.ts";
import { type Draft, ImportLog } from "./draft.ts";
import { evenHeadingLevels } from "./heading-levels.ts";
import { revealHiddenAddresses } from "./hidden-addresses.ts";
import { htmlToMarkdownTree, removeImages } from "./html-to-markdown.ts";
import { guessLanguage } from "./language.ts";
import { linksToNotes } from "./links-to-notes.ts";
import { LOST_ADDRESS, removeLostAddresses } from "./lost-addresses.ts";
import { readPageMetadata } from "./page-metadata.ts";
import { removePageFurniture } from "./page-cleanup.ts";

export async function readSavedPage(file: VFile): Promise<Draft> {
  const html = String(file.value);
  const log = new ImportLog(file);
  const { document } = parseHTML(html) as unknown as { document: Document };
  const meta = readPageMetadata(document, html);
  const h1 = document.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  revealHiddenAddresses(document, log);
  const bioBox = takeBioBox(document);
  const furniture = removePageFurniture(document);
  if (furniture > 0)
    log.drop(
      `${furniture} elements of page furniture (navigation, ads, share buttons, comments, related articles)`,
    );
  const article = new Readability(document).parse();
  if (!article?.content)
    throw new UsageError("No article found in the page: is it the saved page of an article?");

  const {
    title,
    kind: titleKind,
    site,
  } = pageTitle(meta.title?.value ?? article.title ?? h1 ?? "", h1, meta.siteName);
  if (!title)
    throw new UsageError(
      "No title found in the page (no og:title, <title> or <h1>): is it the saved page of an article?",
    );
  log.note(
    "title",
    title,
    [meta.title?.from, h1 === title && "its <h1>"].filter(Boolean).join(" and ") || "Readability",
  );
  log.note("site", site, "the title's suffix, dropped");

  const body = await htmlToMarkdownTree(article.content);
  // The headline and the byline, where the extraction kept them in the text.
  if (body.children[0]?.type === "heading" && plainText(body.children[0]).trim() === title)
    body.children.shift();
  const byline = takeByline(body);
  evenHeadingLevels(body);

  const authors = chooseAuthors(
    log,
    [meta.authors?.value, meta.authors?.from],
    [article.byline ? [article.byline] : undefined, "Readability's byline"],
    [meta.byline && [meta.byline.value], meta.byline?.from],
    [byline.authors, "the byline in the text"],
  );
  // The page's places are lost in Readability's copy: these messages are about the whole page.
  if (authors.length === 0) {
    const reason = "No author found: add `author:` to the front matter";
    log.warn(reason, "import-author-missing", "html-page");
  }
  const section = meta.section && isKind(meta.section.value) ? meta.section : undefined;
  const kind = choose(
    log,
    "kind",
    [titleKind, "the title's suffix"],
    [section?.value, section?.from],
    [byline.kind, "the byline in the text"],
  );
  const day = (date: string | null | undefined) => date && isoDay(date);
  const date = choose(
    log,
    "date",
    [day(meta.date?.value), meta.date?.from],
    [day(article.publishedTime), "Readability"],
    [byline.date, "the byline in the text"],
  );
  const source = choose(log, "source", [meta.canonical?.value, meta.canonical?.from]);
  const description = choose(log, "description", [
    meta.description?.value.replace(/\s+/g, " "),
    meta.description?.from,
  ]);
  if (!source) {
    const reason =
      "No canonical address found in the page: " +
      "add `source:` to the front matter if you know it";
    log.warn(reason, "import-source-missing", "html-page");
  }

  const bio = takeBio(body, bioBox?.paragraphs, authors[0], log);
  const images = removeImages(body);
  if (images.length > 0) {
    const alts = images.map((alt) => `“${alt}”`).join(", ");
    const reason = `Dropped ${images.length} image(s), which the build can't fetch: ${alts}`;
    log.warn(reason, "import-image-dropped", "html-page");
  }
  dropLostAddresses(body, log);
  linksToNotes(body, source, log);
  await inlineSourcesToNotes(body, log);
  // What is left bare, outside parentheses, becomes a note the same way.
  bareAddressesToLinks(body);
  linksToNotes(body, source, log);

  const lang =
    choose(
      log,
      "lang",
      [meta.lang?.value, meta.lang?.from],
      [article.lang ?? undefined, "Readability"],
    ) ?? guessLanguage(plainText(body), log, "the page declares none");
  log.note("keywords", meta.keywords.join(", "), "meta keywords");
  return {
    title,
    kind,
    authors,
    bio,
    date,
    description,
    source,
    lang,
    keywords: meta.keywords,
    body,
    log,
  };
}

/** The first value found, noted with where it came from. */
function choose<T>(
  log: ImportLog,
  field: string,
  ...candidates: [T | undefined | null, string | undefined][]
): T | undefined {
  const found = candidates.find(([value]) => value !== undefined && value !== null);
  if (found)
    log.note(
      field,
      Array.isArray(found[0]) ? found[0].join(", ") : String(found[0]),
      found[1] ?? "",
    );
  return found?.[0] ?? undefined;
}

/** The page's title without its suffixes; where the <h1> starts it, the <h1> is the title and the rest suffixes. */
function pageTitle(raw: string, h1: string | undefined, siteName: string | undefined) {
  if (!h1 || !raw.startsWith(h1)) return splitTitle(raw, siteName);
  return { ...splitTitle(`_${raw.slice(h1.length)}`, siteName), title: h1 };
}

/** "By Daniyar Akhmetov | 12 March 2024 | Opinion": a byline paragraph among the first two, taken out of the body. */
function takeByline(body: Root) {
  const index = body.children
    .slice(0, 2)
    .findIndex((node) => node.type === "paragraph" && /^By\s+\S/.test(plainText(node).trim()));
  if (index < 0) return {};
  const parts = plainText(body.children.splice(index, 1)[0])
    .trim()
    .replace(/^By\s+/, "")
    .split(/\s*[|·•]\s*/);
  return {
    authors: parts[0].split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean),
    date: parts.find(isDate),
    kind: parts.find(isKind),
  };
}

/** The bio: the author box's paragraphs, or else the last paragraph of the text if it starts with the author's name. */
function takeBio(
  body: Root,
  box: string[] | undefined,
  author: string | undefined,
  log: ImportLog,
): string[] {
  let paragraphs = box;
  const last = body.children[body.children.length - 1];
  if (
    !paragraphs &&
    author &&
    last?.type === "paragraph" &&
    plainText(last).trim().startsWith(`${author} `)
  ) {
    paragraphs = [plainText(body.children.pop()!).replace(/\s+/g, " ").trim()];
  }
  const from = box
    ? "the page's author box"
    : "the last paragraph, which starts with the author's name";
  log.note("bio", paragraphs?.[0] && `${paragraphs[0].slice(0, 60)}…`, from);
  return (paragraphs ?? []).map((text) => lostAddressesOut(text, log)).filter(Boolean);
}

function dropLostAddresses(body: Root, log: ImportLog) {
  for (const node of body.children) {
    if (node.type !== "paragraph" || !LOST_ADDRESS.test(plainText(node))) continue;
    (node as Paragraph).children = [
      { type: "text", value: lostAddressesOut(plainText(node), log) },
    ];
  }
}

function lostAddressesOut(text: string, log: ImportLog): string {
  const { text: kept, removed } = removeLostAddresses(text);
  for (const cut of removed) {
    const reason = `An e-mail address was lost (the page hid it from copies): removed "${cut}"`;
    log.warn(reason, "import-address-lost", "html-page");
  }
  return kept;
}

function isoDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}T/.test(date) ? date.slice(0, 10) : date;
}
