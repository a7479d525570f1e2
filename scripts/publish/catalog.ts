// The catalog e-reader apps browse: output/catalog.xml, an OPDS 1.2 acquisition
// feed (Atom, templates/publish/catalog.xml.ejs), and the same as OPDS 2.0 JSON,
// output/catalog.json, which newer apps (Thorium) read. Each publication is an
// entry with the EPUB's identifier, its cover and thumbnail, and an acquisition
// link per edition with its media type.
import { compile } from "ejs";
import { v5 as uuidv5 } from "uuid";
import { readTemplate } from "../templates.ts";
import { EDITION_LABELS, hrefOf, isoDate, type Listed } from "./listing.ts";

export interface CatalogOptions {
  title: string;
  /** Names the catalog for its id: the same in every build into one folder. */
  name: string;
  /** When no publication is left to date it. */
  date?: Date;
}

interface Link {
  rel: string;
  href: string;
  type: string;
  title?: string;
}

// OPDS 1.2 §2: the feed's own type, and the relations of covers and downloads.
const FEED_TYPE = "application/atom+xml;profile=opds-catalog;kind=acquisition";
const REL = {
  image: "http://opds-spec.org/image",
  thumbnail: "http://opds-spec.org/image/thumbnail",
  acquisition: "http://opds-spec.org/acquisition",
};
// A fixed namespace, so that a catalog's name always gives the same UUID (RFC 9562 v5).
const CATALOG_NAMESPACE = "2f0e3c5a-8d1b-5c7e-9a4f-6b2d1e0c3a97";

export async function opdsFeed(publications: Listed[], options: CatalogOptions): Promise<string> {
  const entries = publications.map((p) => ({
    title: p.title,
    identifier: p.identifier,
    updated: p.updated,
    authors: p.authors,
    lang: p.lang,
    issued: isoDate(p.date),
    summary: p.description,
    links: linksOf(p),
  }));
  return compile(await readTemplate("publish/catalog.xml.ejs"))({
    ...header(publications, options),
    feedType: FEED_TYPE,
    entries,
  });
}

/** OPDS 2.0 (drafts.opds.io/opds-2.0): the same publications as JSON. */
export function opdsJson(publications: Listed[], options: CatalogOptions): string {
  const { id, title, updated } = header(publications, options);
  const catalog = {
    metadata: { identifier: id, title, modified: updated },
    links: [
      { rel: "self", href: "catalog.json", type: "application/opds+json" },
      { rel: "alternate", href: "catalog.xml", type: FEED_TYPE },
    ],
    publications: publications.map((p) => {
      const links = linksOf(p);
      return {
        metadata: {
          "@type": "http://schema.org/Book",
          identifier: p.identifier,
          title: p.title,
          subtitle: p.subtitle,
          [p.credit]: p.authors.map((name) => ({ name })),
          language: p.lang,
          published: isoDate(p.date),
          modified: p.updated,
          description: p.description,
        },
        links: links.filter((link) => link.rel === REL.acquisition),
        images: links
          .filter((link) => link.rel !== REL.acquisition)
          .map(({ href, type }) => ({ href, type })),
      };
    }),
  };
  return `${JSON.stringify(catalog, null, 2)}\n`;
}

function header(publications: Listed[], options: CatalogOptions) {
  // The newest entry dates the feed, so that it changes only when an entry does.
  const newest = publications
    .map((p) => p.updated)
    .sort()
    .at(-1);
  return {
    id: `urn:uuid:${uuidv5(options.name, CATALOG_NAMESPACE)}`,
    title: options.title,
    updated: newest ?? (options.date ?? new Date()).toISOString().replace(/\.\d+Z$/, "Z"),
  };
}

function linksOf(p: Listed): Link[] {
  const links: Link[] = [];
  if (p.cover) {
    links.push({ rel: REL.image, href: hrefOf(p.cover.image), type: p.cover.mediaType });
    links.push({ rel: REL.thumbnail, href: hrefOf(p.cover.thumbnail), type: "image/jpeg" });
  }
  for (const e of p.editions) {
    const { label, mediaType } = EDITION_LABELS[e.edition];
    links.push({ rel: REL.acquisition, href: hrefOf(e.file), type: mediaType, title: label });
  }
  return links;
}
