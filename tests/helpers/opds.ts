// A small OPDS client, as an e-reader app's catalog view works: it reads an
// acquisition feed (OPDS 1.2, Atom) from an address, lists its entries, and
// resolves each link against the feed's address. And a static file server on
// the loopback interface, as any web host serves an output folder.
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface OpdsLink {
  rel: string;
  href: string;
  type: string;
  title?: string;
}

export interface OpdsEntry {
  id: string;
  title: string;
  updated: string;
  authors: string[];
  language?: string;
  summary?: string;
  links: OpdsLink[];
}

export interface OpdsFeed {
  /** The root element's namespace: Atom's. */
  namespace: string;
  id: string;
  title: string;
  updated: string;
  links: OpdsLink[];
  entries: OpdsEntry[];
}

const ATOM = "http://www.w3.org/2005/Atom";
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  removeNSPrefix: false,
  isArray: (name) => ["entry", "link", "author"].includes(name),
});

/** Parses an OPDS feed; throws on XML that is not well-formed. */
export function parseFeed(xml: string): OpdsFeed {
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  const { feed } = parser.parse(xml);
  if (!feed) throw new Error("the root element is not <feed>");
  const text = (value: unknown) =>
    typeof value === "object" && value !== null
      ? String((value as { "#text": unknown })["#text"])
      : value === undefined
        ? undefined
        : String(value);
  return {
    namespace: feed.xmlns,
    id: text(feed.id)!,
    title: text(feed.title)!,
    updated: text(feed.updated)!,
    links: feed.link ?? [],
    entries: (feed.entry ?? []).map((entry: Record<string, unknown>) => ({
      id: text(entry.id)!,
      title: text(entry.title)!,
      updated: text(entry.updated)!,
      authors: ((entry.author ?? []) as { name: unknown }[]).map((author) => text(author.name)!),
      language: text(entry["dc:language"]),
      summary: text(entry.summary),
      links: (entry.link ?? []) as OpdsLink[],
    })),
  };
}

export const isAtom = (feed: OpdsFeed) => feed.namespace === ATOM;

/** Fetches a feed and resolves its links against its address, as a client does. */
export async function browseCatalog(
  url: string,
): Promise<{ feed: OpdsFeed; contentType: string | null }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const feed = parseFeed(await response.text());
  const resolve = (link: OpdsLink) => ({ ...link, href: new URL(link.href, url).href });
  return {
    feed: {
      ...feed,
      links: feed.links.map(resolve),
      entries: feed.entries.map((entry) => ({ ...entry, links: entry.links.map(resolve) })),
    },
    contentType: response.headers.get("content-type"),
  };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".xml": "application/atom+xml;profile=opds-catalog;kind=acquisition",
  ".json": "application/opds+json",
  ".pdf": "application/pdf",
  ".epub": "application/epub+zip",
  ".jpg": "image/jpeg",
  ".png": "image/png",
};

/** Serves `folder` on 127.0.0.1 with the media types a web host gives these files. */
export async function serveFolder(folder: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = normalize(
      decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname),
    );
    const file = join(folder, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const bytes = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "content-length": bytes.length,
      });
      response.end(bytes);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
