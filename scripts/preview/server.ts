// The preview's HTTP server, on loopback only: the page and its assets
// (templates/preview/), each publication's state as JSON and as server-sent
// events, its laid-out editions and the images they show. Nothing else is
// served: no path from an address ever reaches the file system, except as the
// name of one of a fixed list of assets or an index into a publication's
// images, so `..` (plain or %2e-encoded) and absolute paths find nothing.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { templatePath } from "../templates.ts";
import type { PrintEdition } from "../model.ts";
import { PREVIEW_EDITIONS, type PreviewedPublication, type View, VIEWS } from "./publication.ts";

const ASSETS: Record<string, string> = {
  "page.js": "text/javascript",
  "page.css": "text/css",
  "pages.css": "text/css",
};

/** What the page may do: its own script and styles; the editions in frames of the same origin. */
const PAGE_POLICY =
  "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'";
/** What a laid-out edition may do: show its inline styles, fonts and images, and run nothing. */
const EDITION_POLICY = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "frame-ancestors 'self'",
].join("; ");

export interface PreviewServer {
  server: Server;
  address: string;
  close(): Promise<void>;
}

type Publications = Map<string, PreviewedPublication>;

export async function startServer(publications: Publications, port = 0): Promise<PreviewServer> {
  const server = createServer((request, response) => {
    respond(request, response, publications, server).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      send(response, 500, "text/plain", `The preview failed: ${String(error)}`);
    });
  });
  // Loopback only: nobody else on the network can read the manuscripts.
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // the event streams stay open otherwise
    });
  return { server, address: `http://127.0.0.1:${bound}/`, close };
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  publications: Publications,
  server: Server,
) {
  // A page elsewhere whose name points at 127.0.0.1 (DNS rebinding) sends its own Host: refused.
  const { port } = server.address() as AddressInfo;
  if (![`127.0.0.1:${port}`, `localhost:${port}`].includes(request.headers.host ?? "")) {
    return send(response, 403, "text/plain", "The preview answers only to its own address.");
  }
  if (request.method !== "GET") return send(response, 405, "text/plain", "Only GET.");
  const [path, query] = (request.url ?? "/").split("?");
  const parts = path.split("/").slice(1).map(decode);
  const [first, slug, what, index] = parts;
  if (parts.length === 1 && first === "") return sendPage(response);
  if (parts.length === 2 && first === "assets" && slug && Object.hasOwn(ASSETS, slug)) {
    return send(response, 200, ASSETS[slug], await readFile(templatePath(`preview/${slug}`)));
  }
  if (parts.length === 1 && first === "publications.json") {
    const list = [...publications.values()].map((p) => ({ slug: p.slug, title: p.state().title }));
    return send(response, 200, "application/json", JSON.stringify(list));
  }
  const publication = first === "p" && slug !== undefined ? publications.get(slug) : undefined;
  if (!publication) return notFound(response);
  if (parts.length === 3 && what === "") return sendPage(response);
  if (parts.length === 3 && what === "events") {
    // The edition the page shows: ?view=pdf, handout or epub.
    const view = VIEWS.find((v) => new URLSearchParams(query).get("view") === v) ?? "pdf";
    return stream(request, response, publication, view);
  }
  const edition = PREVIEW_EDITIONS.find((e) => what === `${e}.html`);
  if (parts.length === 3 && edition) return sendEdition(response, publication, edition);
  // A file of the EPUB, by its path inside it.
  if (parts.length > 3 && what === "epub") {
    const bytes = publication.epub?.files.get(parts.slice(3).join("/"));
    if (bytes) {
      response.setHeader("Content-Security-Policy", EDITION_POLICY);
      return send(response, 200, epubType(parts.at(-1)!), Buffer.from(bytes));
    }
  }
  // An image of an edition: files/<n>/<name>, the n-th file the edition shows.
  if (parts.length === 5 && what === "files" && /^\d+$/.test(index)) {
    const file = [...publication.editions.values()][0]?.files[Number(index)];
    if (file && file.split("/").pop() === parts[4]) {
      // An SVG opened alone runs nothing.
      response.setHeader("Content-Security-Policy", "default-src 'none'");
      return send(response, 200, imageType(file), await readFile(file));
    }
  }
  return notFound(response);
}

/** A segment of the address, decoded; one that does not decode finds nothing. */
function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return "\0";
  }
}

async function sendPage(response: ServerResponse) {
  response.setHeader("Content-Security-Policy", PAGE_POLICY);
  const html = await readFile(templatePath("preview/page.html"));
  send(response, 200, "text/html; charset=utf-8", html);
}

function sendEdition(
  response: ServerResponse,
  publication: PreviewedPublication,
  edition: PrintEdition,
) {
  const laid = publication.editions.get(edition);
  if (!laid) return notFound(response);
  response.setHeader("Content-Security-Policy", EDITION_POLICY);
  send(response, 200, "text/html; charset=utf-8", laid.html);
}

/** Server-sent events: the state now, then after each build; a first look at `view` makes it. */
function stream(
  request: IncomingMessage,
  response: ServerResponse,
  publication: PreviewedPublication,
  view: View,
) {
  response.writeHead(200, { "Content-Type": "text/event-stream", "Cache-Control": "no-store" });
  const push = (state: unknown) => response.write(`data: ${JSON.stringify(state)}\n\n`);
  request.on("close", publication.listen(view, push));
  push(publication.state());
}

function imageType(file: string): string {
  const types: Record<string, string> = {
    png: "image/png",
    jpg: "image/jpeg",
    jpeg: "image/jpeg",
    gif: "image/gif",
    svg: "image/svg+xml",
    webp: "image/webp",
  };
  return types[file.split(".").pop()!.toLowerCase()] ?? "application/octet-stream";
}

function epubType(name: string): string {
  const types: Record<string, string> = {
    xhtml: "application/xhtml+xml",
    css: "text/css",
    ttf: "font/ttf",
    otf: "font/otf",
  };
  return types[name.split(".").pop()!] ?? imageType(name);
}

function notFound(response: ServerResponse) {
  send(response, 404, "text/plain", "Not found.");
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  response.end(body);
}
