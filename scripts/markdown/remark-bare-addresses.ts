// A bare web address in the running text (`https://…`, `www.…`, or a domain
// with a path such as `example.org/report`): in print the reader can't follow
// it, and it breaks the line badly. A source belongs in a note. Addresses in
// notes, in code and in a link's target are left alone, and so are e-mail
// addresses and names such as "Booking.com"; remark-source-notes has already
// turned those that stood in parentheses into notes, so what is left here is
// a warning.
import type { Nodes, Root } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { matchesIn, placeOf } from "./source-matches.ts";
import { readAddress } from "./web-address.ts";

const WORD = /\S+/g;
/** Punctuation around an address that is not part of it. */
const LEADING = /^[([“‘"'<]+/;
const TRAILING = /[.,;:!?’”"')\]>\\]+$/;

const remarkBareAddresses: Plugin<[], Root> = function () {
  return (tree, file) => {
    const warn = (address: string, place: Nodes["position"] | { line: number; column: number }) =>
      file.message(
        `A bare web address in the text, \`${address}\`: a reader of the printed page can't follow it; make it a note (\`[^label]\` after the claim, \`[^label]: <${readAddress(address) ?? address}>\` below)`,
        {
          place,
          ruleId: "address-bare",
          source: "remark-bare-addresses",
        },
      );
    visit(tree, (node: Nodes, _, parent) => {
      // Notes are where sources belong; a definition (`[x]: url`) is not shown.
      if (node.type === "footnoteDefinition" || node.type === "definition") return SKIP;
      if (node.type === "link" || node.type === "linkReference") {
        // An autolink shows its address as its text; a link with words of its own is a link.
        const shown = textOf(node).trim();
        if (isWebAddress(shown)) warn(shown, placeOf(node, shown, parent, file));
        return SKIP;
      }
      if (node.type !== "text") return;
      for (const { text, place } of matchesIn(node, parent, file, WORD)) {
        const lead = LEADING.exec(text)?.[0].length ?? 0;
        const word = text.slice(lead).replace(TRAILING, "");
        if (isWebAddress(word))
          warn(word, place && { line: place.line, column: place.column + lead });
      }
    });
  };
};

export default remarkBareAddresses;

/** `https://…` and `www.…` always; a plain domain only with a path (`example.org` alone is a name). */
export function isWebAddress(word: string): boolean {
  if (!readAddress(word)) return false;
  return /^(https?:\/\/|www\.)/i.test(word) || /^[^/?#]+[/?#]./.test(word);
}

function textOf(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  return "children" in node ? node.children.map((child) => textOf(child)).join("") : "";
}
