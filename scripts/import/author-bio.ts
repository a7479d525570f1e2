// The author's bio on a saved page: a box after the article ("author-bio",
// "about-the-author") whose paragraph starts with the author's name. It is
// taken out before the extraction, so it can't end up in the body.
const BIO_BOX =
  /^(?:[\w-]*[-_])?(?:author[-_]?(?:bio|box|info|description|about|details|card)|about[-_]the[-_]author|bio|biography)(?:[-_][\w-]*)?$/i;

export interface BioBox {
  /** The name the box shows, if any (its heading). */
  name?: string;
  paragraphs: string[];
}

export function takeBioBox(document: Document): BioBox | undefined {
  const boxes = [...document.querySelectorAll("[class], [id]")].filter((element) =>
    `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`
      .split(/\s+/)
      .some((word) => BIO_BOX.test(word)),
  );
  // Document order: an author box comes before the bio paragraph inside it, so the first with a bio is the outermost.
  // A box with no bio in it is left where it is: it is the byline ("authorInfo", "pb-sig-line … hasnt-bio"), which the extraction reads.
  for (const outer of boxes) {
    const paragraphs = [...(outer.tagName === "P" ? [outer] : outer.querySelectorAll("p"))]
      .map((p) => p.textContent?.replace(/\s+/g, " ").trim() ?? "")
      .filter((text) => text.length > 40);
    if (paragraphs.length === 0) continue;
    const name = outer
      .querySelector("h2, h3, h4, h5, .author-name, [rel=author]")
      ?.textContent?.trim();
    outer.remove();
    return { name, paragraphs };
  }
  return undefined;
}
