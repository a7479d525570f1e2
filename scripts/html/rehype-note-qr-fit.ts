// A note's web address too long for a QR code a phone reads at print size:
// the handout prints it in full in its note without one (rehype-note-qr),
// and the build says so here, when it reads the manuscript and can still
// point at the address, not when the handout is made. Notes are still GFM's
// list at the end of the tree here.
import type { Root } from "hast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";
import { firstWebLink, fitsQrCode } from "./note-qr-code.ts";

const rehypeNoteQrFit: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, "element", (section) => {
      if (!("dataFootnotes" in section.properties)) return;
      visit(section, "element", (note) => {
        if (note.tagName !== "li") return;
        const link = firstWebLink(note);
        const href = String(link?.properties.href);
        if (link && !fitsQrCode(href)) {
          const reason = `An address of ${href.length.toLocaleString("en")} characters is too long for a QR code a phone can read on paper: the handout prints it in its note without one`;
          file.message(reason, {
            place: link.position,
            ruleId: "address-too-long-for-qr-code",
            source: "rehype-note-qr-fit",
          });
        }
        return SKIP;
      });
      return SKIP;
    });
  };
};

export default rehypeNoteQrFit;
