// Is this word a web address, and what is it in full? Writers cite
// `https://example.org/a?b=c`, `www.example.org/a` and, most often, a bare
// `tengrinews.kz/kazakhstan_news/…`; names with dots that are not addresses
// ("U.S.", "e.g.", "report.pdf", "Booking.com", "a@example.org") must not pass.
import { domainToASCII } from "node:url";
import { FILE_EXTENSIONS, TOP_LEVEL_DOMAINS } from "./top-level-domains.ts";

const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
// scheme?, host, port?, then a path, query or fragment of anything but spaces.
const ADDRESS = new RegExp(
  String.raw`^(https?:\/\/)?((?:${LABEL}\.)+(\p{L}{2,}))(:\d{1,5})?([/?#]\S*)?$`,
  "iu",
);
// Common second-level names under a country code: `bbc.co.uk` is named "bbc".
const SECOND_LEVEL = new Set([
  "co",
  "com",
  "org",
  "net",
  "gov",
  "ac",
  "edu",
  "or",
  "ne",
  "go",
  "mil",
]);

/**
 * The Markdown nodes whose text is never taken for an address to turn into a
 * note: code, a link's target or text, a note already, HTML, front matter.
 * Source notes (remark-source-notes.ts) and the importer's bare addresses
 * (import/bare-addresses.ts) both leave them alone.
 */
export const LEFT_ALONE = new Set([
  "footnoteDefinition",
  "definition",
  "link",
  "linkReference",
  "code",
  "inlineCode",
  "html",
  "yaml",
]);

/** The full address (`https://` added where the writer left it out), or undefined if `word` is not one. */
export function readAddress(word: string): string | undefined {
  const match = ADDRESS.exec(word);
  if (!match) return undefined;
  const [, scheme, host, tld, port = "", rest = ""] = match;
  if (!scheme) {
    if (!TOP_LEVEL_DOMAINS.has(tld.toLowerCase())) return undefined;
    const www = /^www\./i.test(host);
    // "(Booking.com)", "(ASP.NET)": a capitalised name with no path is a name.
    if (!rest && !www && /^\p{Lu}/u.test(host)) return undefined;
    // "(notes.md)", "(run.sh)": a file name, unless a path shows it is a site.
    if (!rest && !www && FILE_EXTENSIONS.has(tld.toLowerCase())) return undefined;
    if (host.toLowerCase() === "et.al") return undefined;
  }
  return `${(scheme ?? "https://").toLowerCase()}${host.toLowerCase()}${port}${rest}`;
}

/** The address a link can follow: a non-Latin host (правительство.рф) in its ASCII form. */
export function linkTarget(address: string): string {
  const match = /^([a-z]+:\/\/)([^/:?#]+)(.*)$/i.exec(address);
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, controls included
  if (!match || /^[\x00-\x7f]*$/.test(match[2])) return address;
  return `${match[1]}${domainToASCII(match[2]) || match[2]}${match[3]}`;
}

/** A short footnote label for the address: `ia-centr` for ia-centr.ru/…, `bbc` for news.bbc.co.uk. */
export function noteLabel(address: string): string {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(address)?.[1] ?? "";
  const labels = host
    .toLowerCase()
    .replace(/^www\./, "")
    .split(".");
  if (labels.length > 1) labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1])) labels.pop();
  // ASCII only: the label becomes an HTML id that every edition's links must match as written.
  const name = labels[labels.length - 1] ?? "";
  return /^[a-z0-9-]+$/.test(name) ? name : "source";
}
