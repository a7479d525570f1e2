// Cloudflare's "email protection" replaces each e-mail address on a page with
// "[email protected]" and keeps the address, XOR-encoded with its first byte,
// in a data-cfemail attribute or the link's fragment. A saved page still has
// it, so the address can be given back; without the code it is lost.
import type { ImportLog } from "./draft.ts";

const PROTECTED = "[data-cfemail], a[href*='/cdn-cgi/l/email-protection']";

export function revealHiddenAddresses(document: Document, log: ImportLog): void {
  for (const element of [...document.querySelectorAll(PROTECTED)]) {
    if (!element.isConnected) continue;
    const code =
      element.getAttribute("data-cfemail") ??
      element.querySelector("[data-cfemail]")?.getAttribute("data-cfemail") ??
      element.getAttribute("href")?.split("#")[1];
    const address = code ? decode(code) : undefined;
    if (address)
      log.note("e-mail", address, "decoded from the page's Cloudflare e-mail protection");
    element.replaceWith(document.createTextNode(address ?? "[email protected]"));
  }
}

function decode(code: string): string | undefined {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(code)) return undefined;
  const bytes = code.match(/../g)!.map((pair) => parseInt(pair, 16));
  const address = String.fromCharCode(...bytes.slice(1).map((byte) => byte ^ bytes[0]));
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : undefined;
}
