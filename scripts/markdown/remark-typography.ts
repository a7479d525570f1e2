// Curly quotes, apostrophes, real dashes and ellipses where the writer typed
// straight ones: `"` and `'` become “ ” ‘ ’, `--` an en dash, `---` an em dash
// (as in Pandoc and TeX), `...` an ellipsis.
//
// Our own, in place of remark-smartypants (`dashes: "oldschool"`), whose rules
// it keeps: that plugin parsed all the text into a natural-language tree
// (retext, parse-latin) to place the quotes, then parsed every text node
// again for the dashes, and on a book that was about half the time of
// loading it. Here a quote is decided by the few characters around it, read
// from one string of all the text, and the rest is regular expressions on
// each text node. The output is the same as remark-smartypants' on the corpus
// and on the 700 READMEs of our dependencies; where it differs
// (tests/fixtures/plugins/remark-typography/where-smartypants-erred), smartypants was
// wrong: a quote touching a sentence's end curled by where parse-latin cut
// the sentence, a dash left straight after a spaced ellipsis.
import type { Link, Nodes, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { curlQuotes, SPACE } from "./curl-quotes.ts";

const remarkTypography: Plugin<[], Root> = function () {
  return (tree) => {
    // All the text in reading order, as one string, so that a quote right
    // after emphasis, a link or inline code is decided by what is before it
    // in the sentence, not by the edge of its node. Inline code counts as a
    // word of as many letters (`code`'s is an apostrophe); a paragraph,
    // heading or table cell starts with a space, so that a quote opening one
    // opens. Code blocks, raw HTML and front matter are not text: they are
    // neither changed nor read, as in remark-smartypants.
    const texts: Text[] = [];
    const starts: number[] = [];
    const parts: string[] = [];
    let length = 0;
    const add = (part: string) => {
      parts.push(part);
      length += part.length;
    };
    const collect = (node: Nodes) => {
      if (node.type === "text") {
        texts.push(node);
        starts.push(length);
        add(node.value);
      } else if (node.type === "inlineCode") {
        add("A".repeat(node.value.length));
      } else if (node.type === "link" && showsItsAddress(node)) {
        // An address shown as itself (<https://a.example/x--y...>, a source
        // note's) is copied by readers: it keeps its hyphens and dots.
        add("A".repeat(node.children[0].value.length));
      } else if ("children" in node) {
        if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell")
          add(" ");
        for (const child of node.children) collect(child);
      }
    };
    collect(tree);

    const all = parts.join("");
    const quoted = /["']/.test(all) ? curlQuotes(all) : all;
    texts.forEach((node, index) => {
      const value = quoted.slice(starts[index], starts[index] + node.value.length);
      node.value = /[-.`'–]/.test(value) ? dashesAndDots(value) : value;
    });
  };
};

export default remarkTypography;

function showsItsAddress(link: Link): link is Link & { children: [Text] } {
  const [only, ...others] = link.children;
  return (
    others.length === 0 &&
    only?.type === "text" &&
    !/\s/.test(only.value) &&
    link.url.endsWith(only.value)
  );
}

// Dots with spaces: `. . .` (each dot a run of one or two) is an ellipsis.
const spacedDots = new RegExp(`(?<!\\.)\\.{1,2}[${SPACE}]+\\.{1,2}[${SPACE}]+\\.+`, "g");

/**
 * Dashes, ellipses and TeX's double quotes in one text node, as
 * retext-smartypants did node by node: `--` an en dash, `---` an em dash
 * (longer runs stay), an en dash typed before a hyphen (`–-`) an em dash,
 * three or more dots an ellipsis, ``` `` ``` and `''` curly double quotes.
 */
function dashesAndDots(value: string): string {
  return value
    .replace(spacedDots, "…")
    .replace(/\.{3,}/g, "…")
    .replace(/(?<!`)``(?!`)/g, "“")
    .replace(/(?<!')''(?!')/g, "”")
    .replace(/(?<!–)–-(?!-)/g, "—")
    .replace(/(?<!-)---(?!-)/g, "—")
    .replace(/(?<!-)--(?!-)/g, "–");
}
