// Before the reader-mode extraction: take away what is never the article, so
// that a share bar or an ad inside the text can't come through with it.
// Readability removes most of a page's chrome itself; what it keeps is what
// sits inside the article's own container, which is what this is for.
const NEVER_TEXT =
  "script, style, noscript, template, iframe, form, button, input, select, textarea, ins, nav, aside, footer, svg";
// Class or id words of page furniture: ad slots, share bars, cookie banners,
// comment sections, related-article lists, tag lists, newsletter boxes.
const FURNITURE_WORDS = [
  "ads?",
  "advert\\w*",
  "adsbygoogle",
  "gpt",
  "sponsor\\w*",
  "promo\\w*",
  "cookies?",
  "consent",
  "gdpr",
  "share\\w*",
  "sharing",
  "social",
  "related\\w*",
  "newsletter",
  "subscribe",
  "comments?",
  "commentlist",
  "respond",
  "breadcrumbs?",
  "tags",
  "tag-links",
  "popular",
  "widget",
  "sidebar",
  "likes",
  "paywall",
  "popup",
  "modal",
];
// A whole class word, or one joined to others by - or _: "ad-slot", "div-gpt-ad-1", "sd-sharing-enabled", never "tag-aktau" or "download".
const FURNITURE = new RegExp(
  `^(?:[\\w-]*[-_])?(?:${FURNITURE_WORDS.join("|")})(?:[-_][\\w-]*)?$`,
  "i",
);
const ARTICLE_BODY = '[itemprop~="articleBody"]';
const LABELS = /^(?:advertisement|sponsored(?: content)?|ad|anzeige|реклама)$/i;

export function removePageFurniture(document: Document): number {
  let removed = 0;
  const remove = (element: Element) => {
    element.remove();
    removed++;
  };
  for (const element of [...document.querySelectorAll(NEVER_TEXT)]) remove(element);
  for (const element of [...document.querySelectorAll("[class], [id]")]) {
    if (
      ["HTML", "BODY", "MAIN", "ARTICLE"].includes(element.tagName.toUpperCase()) ||
      !element.isConnected
    )
      continue;
    // The block that holds the headline, or the article's body as schema.org marks it, holds the article:
    // never remove it, whatever its class says (Blogger's is a "widget").
    if (element.matches(ARTICLE_BODY) || element.querySelector(`h1, ${ARTICLE_BODY}`)) continue;
    const words = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`
      .split(/\s+/)
      .filter(Boolean);
    if (words.some((word) => FURNITURE.test(word))) remove(element);
  }
  for (const element of [...document.querySelectorAll("p, span, div, h2, h3, h4")]) {
    if (element.isConnected && LABELS.test(element.textContent?.trim() ?? "")) remove(element);
  }
  return removed;
}
