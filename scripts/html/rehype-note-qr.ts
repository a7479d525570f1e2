// The handout: paper can't be clicked, so each note that cites a web address
// carries a small QR code of it (the `qrcode` package, as SVG, black on
// nothing), for a phone to open the source from the page.
import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { h } from "hastscript";
import QRCode from "qrcode";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

const rehypeNoteQr: Plugin<[], Root> = function () {
  return async (tree) => {
    const notes: { note: Element; href: string }[] = [];
    visit(tree, "element", (node) => {
      if (!(node.properties.className as string[] | undefined)?.includes("note")) return;
      let href: string | undefined;
      visit(node, "element", (child) => {
        const value = child.properties.href;
        if (!href && child.tagName === "a" && typeof value === "string" && /^https?:/.test(value)) href = value;
      });
      if (href) notes.push({ note: node, href });
    });
    for (const { note, href } of notes) {
      const svg = await QRCode.toString(href, { type: "svg", margin: 0, errorCorrectionLevel: "M", color: { dark: "#000000", light: "#0000" } });
      const code = fromHtml(svg, { fragment: true }).children.find((c): c is Element => c.type === "element");
      // The code is a picture of the address printed beside it: hidden from screen readers.
      if (code) note.children.unshift(h("span.note-qr", { ariaHidden: "true" }, code));
    }
  };
};

export default rehypeNoteQr;
