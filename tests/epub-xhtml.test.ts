// XhtmlWriter: hast to the well-formed XHTML of an EPUB chapter.
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { h } from "hastscript";
import { XhtmlWriter } from "../scripts/epub/xhtml.ts";

test("should escape text and attributes for XML, keeping other characters as UTF-8", () => {
  const xhtml = new XhtmlWriter().write(h("p", { title: 'a "b" & <c>' }, ["x ]]> & <y> “z” 'w'"]));
  assert.equal(xhtml, '<p title="a &quot;b&quot; &amp; &lt;c>">x ]]&gt; &amp; &lt;y&gt; “z” \'w\'</p>');
});

test("should close void elements in the tag and every other element with an end tag", () => {
  const xhtml = new XhtmlWriter().write([h("br"), h("hr"), h("a", { id: "x" }), h("td", { colSpan: 2 })]);
  assert.equal(xhtml, '<br/><hr/><a id="x"></a><td colspan="2"></td>');
});

test("should keep the attributes an EPUB takes and drop the others", () => {
  const xhtml = new XhtmlWriter().write([
    h("section", { className: ["a", "b"], "epub:type": "footnotes", role: "doc-endnotes", ariaLabel: "Notes", dataFootnotes: true }),
    h("td", { align: "center" }),
    h("ol", { start: 3 }),
    h("input", { type: "checkbox", checked: true, disabled: true }),
    h("p", { hidden: true, lang: "en" }),
  ]);
  assert.equal(
    xhtml,
    '<section class="a b" epub:type="footnotes" role="doc-endnotes" aria-label="Notes"></section><td></td><ol></ol><input type="checkbox"/><p hidden="" lang="en"></p>',
  );
});

test("should point each image at its stored copy, the same file once, in order of appearance", () => {
  const writer = new XhtmlWriter();
  const chart = pathToFileURL("/m/images/chart.png").href;
  const photo = pathToFileURL("/m/images/a photo.JPG").href;
  const first = writer.write([h("img", { src: chart, alt: "A chart" }), h("img", { src: photo, alt: "A photo" })]);
  const second = writer.write([h("img", { src: chart, alt: "The chart" }), h("img", { alt: "no source" })]);
  assert.equal(first, '<img src="images/image-1.png" alt="A chart"/><img src="images/image-2.jpeg" alt="A photo"/>');
  assert.equal(second, '<img src="images/image-1.png" alt="The chart"/>');
  assert.deepEqual(writer.images, [
    { id: "image-1", extension: "png", mediaType: "image/png", path: "/m/images/chart.png" },
    { id: "image-2", extension: "jpeg", mediaType: "image/jpeg", path: "/m/images/a photo.JPG" },
  ]);
});

test("should refuse an image that is not a local file", () => {
  assert.throws(() => new XhtmlWriter().write(h("img", { src: "https://example.org/a.png", alt: "A" })), /local file/);
});
