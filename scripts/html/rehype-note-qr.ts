// The handout: paper can't be clicked, so each note that cites a web address
// carries a small QR code of it, for a phone to open the source from the page.
// The `qrcode` package computes the modules; each dark one is drawn as a
// filled square (its own SVG uses hairline strokes that print too thin). An
// address too long for any QR code is printed in full without one: the build
// warned of it when it read the manuscript (rehype-note-qr-fit).
import type { Element, Root } from "hast";
import { h, s } from "hastscript";
import type { BitMatrix } from "qrcode";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { firstWebLink, qrModules } from "./note-qr-code.ts";

/** The quiet zone around the code, in modules: readers need a clear margin. */
const QUIET = 2;

const rehypeNoteQr: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, "element", (node) => {
      if (!(node.properties.className as string[] | undefined)?.includes("note")) return;
      const href = firstWebLink(node)?.properties.href;
      const modules = typeof href === "string" ? qrModules(href) : undefined;
      // The code is a picture of the address printed beside it: hidden from screen readers.
      if (modules) node.children.unshift(h("span.note-qr", { ariaHidden: "true" }, qrSvg(modules)));
    });
  };
};

function qrSvg(modules: BitMatrix): Element {
  let d = "";
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) {
      if (modules.get(y, x)) d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`;
    }
  }
  const side = modules.size + 2 * QUIET;
  return s("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${side} ${side}` }, [
    s("path", { d, fill: "#000" }),
  ]);
}

export default rehypeNoteQr;
