// Reading a book's editions back as a reader meets them: the printed table of
// contents (title and page number, a line each in `pdftotext -layout`), the
// page a chapter starts on, and the EPUB's navigation and NCX as trees.
import { plainText } from "../../scripts/check/epub/read-epub.ts";

/** Text without spaces, line breaks and hyphens: hyphenation and justification change those. */
export const flat = (text: string) => text.replace(/[\s\u00ad-]+/g, "");

/** The entries of a printed table of contents: a title, spaces, a page number. */
export function contentsEntries(text: string): { title: string; page: number }[] {
  return text.split("\n").flatMap((line) => {
    const entry = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
    return entry ? [{ title: entry[1], page: Number(entry[2]) }] : [];
  });
}

/**
 * The first page (from 1) after `after` that opens with `title` (under its
 * kind label, in capitals, if it has one): where the chapter starts. Running
 * heads name a chapter only on pages after that.
 */
export function pageOpening(pages: string[], title: string, after: number): number {
  const opens = (text: string) => {
    const lines = text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .slice(0, 4);
    if (/^[\p{Lu}\s]+$/u.test(lines[0] ?? "")) lines.shift(); // OPED
    return flat(lines.join("")).startsWith(flat(title));
  };
  return pages.findIndex((text, i) => i + 1 > after && opens(text)) + 1;
}

export interface NavNode {
  title: string;
  href: string;
  children: NavNode[];
}

/** The navigation document's toc nav as a tree, from its nested `<ol>`s. */
export function navTree(markup: string): NavNode[] {
  const nav = /<nav\b[^>]*epub:type="toc"[^>]*>(.*?)<\/nav>/s.exec(markup)?.[1] ?? "";
  return tree(nav, /<ol>|<\/ol>|<a href="([^"]*)">(.*?)<\/a>/gs, (m) =>
    m[0] === "<ol>" ? "open" : m[0] === "</ol>" ? "close" : "entry",
  );
}

/** The NCX's navMap as a tree, from its nested navPoints. */
export function ncxTree(markup: string): NavNode[] {
  const pattern =
    /<navPoint\b[^>]*>\s*<navLabel>\s*<text>(.*?)<\/text>\s*<\/navLabel>\s*<content src="([^"]*)"\/>|<\/navPoint>/gs;
  return tree(markup, pattern, (m) => (m[0] === "</navPoint>" ? "close" : "entry"), true);
}

type Kind = "open" | "close" | "entry";

/** A tree from a stream of opening, closing and entry tokens; with `entriesOpen`, each entry opens a level itself. */
function tree(
  markup: string,
  pattern: RegExp,
  kind: (m: RegExpMatchArray) => Kind,
  entriesOpen = false,
): NavNode[] {
  const root: NavNode[] = [];
  const stack: NavNode[][] = [root];
  let last: NavNode | undefined;
  for (const m of markup.matchAll(pattern)) {
    const k = kind(m);
    if (k === "entry") {
      const [title, href] = entriesOpen ? [m[1], m[2]] : [m[2], m[1]];
      last = { title: plainText(title), href, children: [] };
      stack[stack.length - 1].push(last);
      if (entriesOpen) stack.push(last.children);
    } else if (k === "open") {
      if (stack.length > 1 || root.length > 0) stack.push(last!.children);
    } else if (stack.length > 1) {
      stack.pop();
    }
  }
  return root;
}
