// What a saved page says about itself, in the places publishers put it: Open
// Graph and article meta tags, schema.org JSON-LD, the canonical link, the
// html element's lang, the author's name marked under the headline, and the
// "saved from" comment browsers add.
type Found = { value: string; from: string };
const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, which Node has no global for

export interface PageMetadata {
  title?: Found;
  siteName?: string;
  authors?: { value: string[]; from: string };
  /** The byline marked as the author's (rel=author, itemprop=author) under the headline. */
  byline?: Found;
  date?: Found;
  canonical?: Found;
  lang?: Found;
  section?: Found;
  /** The page's own summary of the article, as link previews and search results show it. */
  description?: Found;
  keywords: string[];
}

export function readPageMetadata(document: Document, html: string): PageMetadata {
  const meta = (name: string): Found | undefined => {
    const content = document
      .querySelector(`meta[property="${name}"], meta[name="${name}"]`)
      ?.getAttribute("content")
      ?.trim();
    return content ? { value: content, from: name } : undefined;
  };
  const ld = jsonLdArticle(document);
  const ldText = (key: string): Found | undefined =>
    typeof ld[key] === "string" ? { value: ld[key] as string, from: `JSON-LD ${key}` } : undefined;
  const savedFrom = /<!-- saved from url=\(\d+\)(\S+?) -->/.exec(html)?.[1];
  const canonicalHref = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const ldPage = ld.mainEntityOfPage;
  const pageId =
    typeof ldPage === "string" ? ldPage : (ldPage as { "@id"?: string } | undefined)?.["@id"];

  const ldAuthors = names(ld.author);
  const metaAuthor = meta("author"); // article:author is most often a profile's address, not a name
  const locale = meta("og:locale");
  return {
    title:
      meta("og:title") ??
      ldText("headline") ??
      meta("twitter:title") ??
      text(document.querySelector("title")?.textContent, "<title>"),
    siteName: meta("og:site_name")?.value,
    authors:
      ldAuthors.length > 0
        ? { value: ldAuthors, from: "JSON-LD author" }
        : metaAuthor && !/^https?:/.test(metaAuthor.value)
          ? { value: [metaAuthor.value], from: "meta author" }
          : undefined,
    byline: text(markedByline(document), "the author marked under the <h1>"),
    date: meta("article:published_time") ?? ldText("datePublished") ?? meta("date"),
    canonical:
      web(text(canonicalHref, "link rel=canonical")) ??
      web(meta("og:url")) ??
      web(text(pageId, "JSON-LD mainEntityOfPage")) ??
      web(text(savedFrom, "the browser's “saved from” note")),
    lang:
      text(document.documentElement?.getAttribute("lang"), "<html lang>") ??
      ldText("inLanguage") ??
      (locale && { value: locale.value.replace("_", "-"), from: "og:locale" }),
    section: meta("article:section") ?? ldText("articleSection"),
    description:
      meta("og:description") ??
      ldText("description") ??
      meta("description") ??
      meta("twitter:description"),
    keywords: list(meta("keywords")?.value ?? ld.keywords),
  };
}

function text(value: string | null | undefined, from: string): Found | undefined {
  return value?.trim() ? { value: value.trim(), from } : undefined;
}

function web(found: Found | undefined): Found | undefined {
  return found && /^https?:\/\//.test(found.value) ? found : undefined;
}

/** The first JSON-LD object that is an article of some kind (NewsArticle, OpinionNewsArticle, BlogPosting…). */
function jsonLdArticle(document: Document): Record<string, unknown> {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      // Some pages wrap it in <![CDATA[ … ]]>, as XHTML once needed (Folha, the ACLU), and Readability reads it so.
      data = JSON.parse((script.textContent ?? "").replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ""));
    } catch {
      continue; // a page's broken JSON-LD is the page's problem, not the import's
    }
    const candidates = [data, ...((data as { "@graph"?: unknown[] })?.["@graph"] ?? [])].flat();
    for (const item of candidates) {
      const type = (item as { "@type"?: unknown })?.["@type"];
      if ([type].flat().some((t) => typeof t === "string" && /Article|BlogPosting|Report/.test(t)))
        return item as Record<string, unknown>;
    }
  }
  return {};
}

/**
 * The first element after the headline that marks its author (rel=author, itemprop=author), as short as a byline:
 * before the headline, and in lists of other articles further down, such marks name other people.
 */
function markedByline(document: Document): string | undefined {
  const headline = document.querySelector("h1");
  if (!headline) return undefined;
  const marked = [...document.querySelectorAll('[rel~="author"], [itemprop~="author"]')].find(
    (element) => (headline.compareDocumentPosition(element) & FOLLOWING) !== 0,
  );
  const byline = marked?.textContent?.replace(/\s+/g, " ").trim();
  return byline && byline.length < 100 ? byline : undefined;
}

function names(value: unknown): string[] {
  return [value]
    .flat()
    .flatMap((item) => {
      if (typeof item === "string") return [item];
      const name = (item as { name?: unknown })?.name;
      return typeof name === "string" ? [name] : [];
    })
    .map((name) => name.trim())
    .filter(Boolean);
}

function list(value: unknown): string[] {
  const items = typeof value === "string" ? value.split(",") : Array.isArray(value) ? value : [];
  return items
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim())
    .filter(Boolean);
}
