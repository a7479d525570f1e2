// The cover the download page shows, read from an EPUB as a reading system
// finds it (scripts/publish/epub-cover.ts): EPUB 3's cover-image item, EPUB 2's
// <meta name="cover">, a prefixed package document, an escaped file name.
import assert from "node:assert/strict";
import { test } from "node:test";
import JSZip from "jszip";
import { coverOfEpub } from "../scripts/publish/epub-cover.ts";

const IMAGE = new Uint8Array([1, 2, 3]);

async function epubWith(opf: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "META-INF/container.xml",
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>',
  );
  zip.file("OPS/content.opf", opf);
  zip.file("OPS/img/c%.png", IMAGE);
  return zip.generateAsync({ type: "uint8array" });
}

test("should find EPUB 3's cover-image item", async () => {
  const epub = await epubWith(
    '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata><meta property="dcterms:modified">2024-01-01T00:00:00Z</meta></metadata><manifest><item id="t" href="text.xhtml" media-type="application/xhtml+xml"/><item id="c" href="img/c%25.png" media-type="image/png" properties="cover-image"/></manifest></package>',
  );
  assert.deepEqual(await coverOfEpub(epub), { bytes: IMAGE, mediaType: "image/png" });
});

test("should find EPUB 2's <meta name=cover>, in a package document with prefixes", async () => {
  const epub = await epubWith(
    '<?xml version="1.0"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf" version="2.0"><opf:metadata><opf:meta name="cover" content="c"/></opf:metadata><opf:manifest><opf:item id="t" href="text.xhtml" media-type="application/xhtml+xml"/><opf:item id="c" href="img/c%25.png" media-type="image/png"/></opf:manifest></opf:package>',
  );
  assert.deepEqual(await coverOfEpub(epub), { bytes: IMAGE, mediaType: "image/png" });
});

test("should find no cover where the package names none", async () => {
  const epub = await epubWith(
    '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata/><manifest><item id="t" href="text.xhtml" media-type="application/xhtml+xml"/></manifest></package>',
  );
  assert.equal(await coverOfEpub(epub), undefined);
});
