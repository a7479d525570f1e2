// The same source cited in two different notes: the reader meets it twice
// under two numbers, as if it were two sources. Cite the first note again
// (`[^label]` twice) instead. Addresses match whatever their scheme, `www.`,
// letter case of the host or trailing slash.
import type { FootnoteDefinition, Nodes, Root } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { isWebAddress } from "./remark-bare-addresses.ts";

const remarkDuplicateSources: Plugin<[], Root> = function () {
  return (tree, file) => {
    const firstNote = new Map<string, FootnoteDefinition>();
    visit(tree, "footnoteDefinition", (note) => {
      for (const { address, node } of addressesIn(note)) {
        const key = sameSource(address);
        const first = firstNote.get(key);
        if (!first) firstNote.set(key, note);
        // Notes remark-source-notes made (no place in the file) repeat an inline
        // source on purpose, each where it was cited: only a writer's own notes count.
        else if (first !== note && (note.position || first.position)) {
          file.message(
            `The source ${address} is cited in two notes, \`[^${first.label}]\`${first.position ? ` (line ${first.position.start.line})` : ""} and \`[^${note.label}]\`: cite \`[^${first.label}]\` again instead`,
            {
              place: node.position ?? note.position ?? first.position,
              ruleId: "source-duplicate",
              source: "remark-duplicate-sources",
            },
          );
        }
      }
    });
  };
};

export default remarkDuplicateSources;

/** Each web address a note gives: link targets, and addresses written as text. */
function addressesIn(note: FootnoteDefinition): { address: string; node: Nodes }[] {
  const found: { address: string; node: Nodes }[] = [];
  visit(note, (node: Nodes) => {
    if (node.type === "link") {
      if (/^(https?:|www\.)/i.test(node.url)) found.push({ address: node.url, node });
      return SKIP; // its text is the same address, or words
    }
    if (node.type === "text") {
      for (const word of node.value.split(/[\s()<>]+/)) {
        const address = word.replace(/[.,;:!?’”"']+$/, "");
        if (isWebAddress(address)) found.push({ address, node });
      }
    }
  });
  return found;
}

/** The address as a source: no scheme, no `www.`, host in lower case, no trailing slash. */
export function sameSource(address: string): string {
  const bare = address.replace(/^https?:\/\//i, "").replace(/^www\./i, "");
  const slash = bare.indexOf("/");
  const [host, path] = slash < 0 ? [bare, ""] : [bare.slice(0, slash), bare.slice(slash)];
  return host.toLowerCase() + path.replace(/\/+$/, "");
}
