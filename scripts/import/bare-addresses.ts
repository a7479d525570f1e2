// A web address left bare in a page's text (a quoted tweet's "…feasibility
// http://samanthabielefeld.com/the-elephant-in-the-room …"): a reader of the
// printed page can't follow it, and the build warns. It becomes a link to
// itself, which links-to-notes.ts then makes a note, as it does a link whose
// text is its address. Run after the addresses in parentheses became notes.
import type { PhrasingContent, Root, Text } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { isWebAddress } from "../markdown/remark-bare-addresses.ts";
import { LEFT_ALONE, readAddress } from "../markdown/web-address.ts";

// Punctuation around an address that is not part of it, as the build's rule takes it off.
const AROUND = /^([([“‘"'<]*)(.*?)([.,;:!?’”"')\]>\\]*)$/s;

export function bareAddressesToLinks(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if (LEFT_ALONE.has(node.type)) return SKIP;
    if (node.type !== "text" || !parent || index === undefined) return;
    const pieces = withLinks(node);
    if (!pieces.some((piece) => piece.type === "link")) return;
    parent.children.splice(index, 1, ...(pieces as never[]));
    return index + pieces.length;
  });
}

/** The text split into plain text and a link for each address in it. */
function withLinks(node: Text): PhrasingContent[] {
  const pieces: PhrasingContent[] = [];
  let text = "";
  for (const word of node.value.split(/(\s+)/)) {
    const [, before, address, after] = AROUND.exec(word)!;
    const url = isWebAddress(address) ? readAddress(address) : undefined;
    if (!url) {
      text += word;
      continue;
    }
    pieces.push(
      { type: "text", value: text + before },
      { type: "link", url, children: [{ type: "text", value: address }] },
    );
    text = after;
  }
  pieces.push({ type: "text", value: text });
  return pieces.filter((piece) => piece.type !== "text" || piece.value !== "");
}
