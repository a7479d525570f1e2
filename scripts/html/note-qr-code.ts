// The QR code the handout prints beside a note: of the note's first web
// address, made by the `qrcode` package. The largest QR code holds a few
// thousand characters; an address longer than that is printed in full
// without one (rehype-note-qr), and the build warns of it when it reads the
// manuscript (rehype-note-qr-fit), both by these two functions.
import type { Element } from "hast";
import QRCode, { type BitMatrix } from "qrcode";
import { visit } from "unist-util-visit";

/** Bytes the largest QR code (version 40) holds at level L in byte mode: an address no longer always fits. */
const ALWAYS_FITS = 2953;

/** The link of a note's first web address: the one its QR code opens. */
export function firstWebLink(note: Element): Element | undefined {
  let link: Element | undefined;
  visit(note, "element", (child) => {
    const href = child.properties.href;
    if (!link && child.tagName === "a" && typeof href === "string" && /^https?:/.test(href)) link = child;
  });
  return link;
}

/** The modules of the QR code of `address` at level L, or undefined when no QR code can hold it. */
export function qrModules(address: string): BitMatrix | undefined {
  try {
    return QRCode.create(address, { errorCorrectionLevel: "L" }).modules;
  } catch (error) {
    // qrcode's failure for a text too long ("The amount of data is too big…"); any other is a bug.
    if (new TextEncoder().encode(address).length > ALWAYS_FITS) return undefined;
    throw error;
  }
}

/** Whether a QR code can hold `address`, without making one where it surely can. */
export function fitsQrCode(address: string): boolean {
  return new TextEncoder().encode(address).length <= ALWAYS_FITS || qrModules(address) !== undefined;
}
