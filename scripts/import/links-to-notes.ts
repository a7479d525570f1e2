// A saved page's links are its sources, but a printed page can't be clicked:
// each link becomes its text followed by a note that gives the address in
// full, numbered with the other notes. Links that lead nowhere outside the
// page (anchors, relative addresses with no base) keep only their text; a link
// whose text is its own address already shows it, and stays as it is. A page
// that links one source twice cites its first note again, as the build asks.
import type { FootnoteDefinition, Link, Parent, PhrasingContent, Root } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { noteCall, sourceNote, uniqueLabel, usedLabels } from "../markdown/source-note.ts";
import { sameSource } from "../markdown/remark-duplicate-sources.ts";
import { noteLabel } from "../markdown/web-address.ts";
import { plainText } from "./body.ts";
import type { ImportLog } from "./draft.ts";

export function linksToNotes(tree: Root, base: string | undefined, log: ImportLog): void {
  const used = usedLabels(tree);
  const noted = new Map<string, string>(); // each source, the label of its note
  for (let b = 0; b < tree.children.length; b++) {
    const notes: FootnoteDefinition[] = [];
    const called = new Set<string>(); // a paragraph calls a note once
    visit(tree.children[b], "link", (node: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const address = absolute(node.url, base);
      const text = plainText(node).trim();
      if (address && (text === node.url || text === address)) return SKIP;
      const replacement = [...node.children] as PhrasingContent[];
      if (address && !/^mailto:/i.test(address)) {
        let identifier = noted.get(sameSource(address));
        if (!identifier) {
          identifier = uniqueLabel(noteLabel(address), used);
          noted.set(sameSource(address), identifier);
          notes.push(sourceNote(identifier, [address]));
          log.note("note", `[^${identifier}]: ${address}`, `the link on "${text}"`);
        }
        if (!called.has(identifier)) replacement.push(noteCall(identifier));
        called.add(identifier);
      }
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
    tree.children.splice(b + 1, 0, ...notes);
    b += notes.length;
  }
}

/** The link's full web or mail address, or undefined for an anchor or a relative address with no base. */
function absolute(url: string, base: string | undefined): string | undefined {
  if (url.startsWith("#")) return undefined;
  try {
    const resolved = new URL(url, base);
    return /^(?:https?|mailto):$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
