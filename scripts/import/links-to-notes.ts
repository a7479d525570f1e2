// A saved page's links are its sources, but a printed page can't be clicked:
// each link becomes its text followed by a note that gives the address in
// full, numbered with the other notes. Links that lead nowhere outside the
// page (anchors, relative addresses with no base) keep only their text; a link
// whose text is an address (its own, most often) becomes the note alone, as
// the build asks of an address in the text. A source that has a note already
// cites that note again, as the build asks too.
import type { FootnoteDefinition, Link, Parent, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { isWebAddress } from "../markdown/remark-bare-addresses.ts";
import { sameSource } from "../markdown/remark-duplicate-sources.ts";
import { noteCall, sourceNote, uniqueLabel, usedLabels } from "../markdown/source-note.ts";
import { noteLabel } from "../markdown/web-address.ts";
import { definitions, plainText } from "./body.ts";
import type { ImportLog } from "./draft.ts";

export function linksToNotes(tree: Root, base: string | undefined, log: ImportLog): void {
  const used = usedLabels(tree);
  // Each source, the label of its note.
  const noted = new Map(
    definitions(tree).flatMap((note) =>
      firstAddress(note).map((url) => [sameSource(url), note.identifier] as const),
    ),
  );
  for (let b = 0; b < tree.children.length; b++) {
    if (tree.children[b].type === "footnoteDefinition") continue;
    const notes: FootnoteDefinition[] = [];
    const called = new Set<string>(); // a paragraph calls a note once
    visit(tree.children[b], "link", (node: Link, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      const address = absolute(node.url, base);
      const source = address && !/^mailto:/i.test(address) ? address : undefined;
      const text = plainText(node).trim();
      const shown = text === node.url || isWebAddress(text);
      const replacement = shown && source ? [] : ([...node.children] as PhrasingContent[]);
      if (source) {
        let identifier = noted.get(sameSource(source));
        if (!identifier) {
          identifier = uniqueLabel(noteLabel(source), used);
          noted.set(sameSource(source), identifier);
          notes.push(sourceNote(identifier, [source]));
          log.note(
            "note",
            `[^${identifier}]: ${source}`,
            shown ? "an address in the text" : `the link on "${text}"`,
          );
        }
        if (!called.has(identifier)) replacement.push(noteCall(identifier));
        called.add(identifier);
      }
      // The call takes the address's place, with no space before it.
      const before = parent.children[index - 1];
      if (shown && source && before?.type === "text") before.value = before.value.trimEnd();
      parent.children.splice(index, 1, ...replacement);
      return index + replacement.length;
    });
    tree.children.splice(b + 1, 0, ...notes);
    b += notes.length;
  }
}

function firstAddress(note: FootnoteDefinition): string[] {
  let url: string | undefined;
  visit(note, "link", (link) => void (url ??= link.url));
  return url ? [url] : [];
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
