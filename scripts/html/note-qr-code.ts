// The QR code the handout prints beside a note: of the note's first web
// address, made by the `qrcode` package. The code is printed 16 mm wide
// (handout.css), and a phone's camera reads modules down to about a quarter
// of a millimetre: QR version 10 (57 modules and a quiet zone of 2 on each
// side, 0.26 mm each), which holds 271 bytes at level L. A longer address
// would print as a code no phone reads, so it is printed in full without one
// (rehype-note-qr), and the build warns of it when it reads the manuscript
// (rehype-note-qr-fit), both by these two functions.
import type { Element } from "hast";
import QRCode, { type BitMatrix } from "qrcode";
import { visit } from "unist-util-visit";

/** The largest QR code a phone reads at the handout's 16 mm. */
const LARGEST_VERSION = 10;
/** Bytes version 10 holds at level L in byte mode: an address no longer always fits. */
const ALWAYS_FITS = 271;
/** Bytes the largest QR code of all (version 40) holds: past this, qrcode refuses. */
const ANY_QR_CODE = 2953;

/** The link of a note's first web address: the one its QR code opens. */
export function firstWebLink(note: Element): Element | undefined {
  let link: Element | undefined;
  visit(note, "element", (child) => {
    const href = child.properties.href;
    if (!link && child.tagName === "a" && typeof href === "string" && /^https?:/.test(href))
      link = child;
  });
  return link;
}

/** The modules of the QR code of `address` at level L, or undefined when none a phone reads at print size holds it. */
export function qrModules(address: string): BitMatrix | undefined {
  try {
    const code = QRCode.create(address, { errorCorrectionLevel: "L" });
    return code.version <= LARGEST_VERSION ? code.modules : undefined;
  } catch (error) {
    // qrcode's failure for a text too long ("The amount of data is too big…"); any other is a bug.
    if (new TextEncoder().encode(address).length > ANY_QR_CODE) return undefined;
    throw error;
  }
}

/** Whether a QR code can hold `address`, without making one where it surely can. */
export function fitsQrCode(address: string): boolean {
  return (
    new TextEncoder().encode(address).length <= ALWAYS_FITS || qrModules(address) !== undefined
  );
}
