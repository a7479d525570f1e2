// hast to the XHTML of an EPUB chapter, in one pass: well-formed XML (every element
// closed, void ones as `<br/>`, `&`, `<` and `>` escaped), only the attributes an EPUB
// reader is meant to see, and each image pointed at the copy the package stores.
// (epub-gen-memory used to do this by writing HTML, parsing it again and writing it
// as XML; this keeps its attribute list and image names, and writes the text as UTF-8.)
import { fileURLToPath } from "node:url";
import type { Element, Nodes, Properties } from "hast";
import { find, html } from "property-information";

/** An image a chapter shows, stored at OEBPS/images/<id>.<extension>. */
export interface EpubImage {
  id: string;
  extension: string;
  mediaType: string;
  /** The file it is read from. */
  path: string;
}

// The media types of EPUB 3's core image types, by file extension, and the extension
// each is stored under.
const IMAGE_TYPES: Record<string, { mediaType: string; extension: string }> = {
  png: { mediaType: "image/png", extension: "png" },
  jpg: { mediaType: "image/jpeg", extension: "jpeg" },
  jpeg: { mediaType: "image/jpeg", extension: "jpeg" },
  gif: { mediaType: "image/gif", extension: "gif" },
  svg: { mediaType: "image/svg+xml", extension: "svg" },
  webp: { mediaType: "image/webp", extension: "webp" },
};

// The attributes kept (epub-gen-memory's list, less the event handlers, which the
// manuscript's sanitizer never lets through anyway). Any other is dropped: `align`,
// `start`, `checked` and the like are not part of the EPUB's markup.
const ALLOWED_ATTRIBUTES = new Set([
  "content", "alt", "id", "title", "src", "href", "about", "accesskey",
  "aria-activedescendant", "aria-atomic", "aria-autocomplete", "aria-busy", "aria-checked", "aria-controls",
  "aria-describedat", "aria-describedby", "aria-disabled", "aria-dropeffect", "aria-expanded", "aria-flowto",
  "aria-grabbed", "aria-haspopup", "aria-hidden", "aria-invalid", "aria-label", "aria-labelledby", "aria-level",
  "aria-live", "aria-multiline", "aria-multiselectable", "aria-orientation", "aria-owns", "aria-posinset",
  "aria-pressed", "aria-readonly", "aria-relevant", "aria-required", "aria-selected", "aria-setsize", "aria-sort",
  "aria-valuemax", "aria-valuemin", "aria-valuenow", "aria-valuetext",
  "class", "contenteditable", "contextmenu", "datatype", "dir", "draggable", "dropzone", "hidden", "hreflang",
  "inlist", "itemid", "itemref", "itemscope", "itemtype", "lang", "media", "prefix", "property", "rel", "resource",
  "rev", "role", "spellcheck", "style", "tabindex", "target", "type", "typeof", "vocab",
  "xml:base", "xml:lang", "xml:space", "colspan", "rowspan", "epub:type", "epub:prefix",
]);

const VOID_ELEMENTS = new Set([
  "area", "base", "basefont", "bgsound", "br", "col", "command", "embed", "frame", "hr", "image", "img", "input",
  "keygen", "link", "meta", "param", "source", "track", "wbr",
]);

/** Writes chapters as XHTML, collecting the images they show (the same file once, numbered in order of appearance). */
export class XhtmlWriter {
  readonly images: EpubImage[] = [];
  private readonly imageOf = new Map<string, EpubImage>();

  /** The nodes as an XHTML fragment. */
  write(nodes: Nodes | Nodes[]): string {
    const out: string[] = [];
    for (const node of Array.isArray(nodes) ? nodes : [nodes]) this.node(node, out);
    return out.join("");
  }

  private node(node: Nodes, out: string[]): void {
    switch (node.type) {
      case "root":
        for (const child of node.children) this.node(child, out);
        return;
      case "element":
        return this.element(node, out);
      case "text":
        out.push(escapeText(node.value));
        return;
      case "comment":
      case "doctype":
        return; // the sanitizer keeps no comments; a chapter has no doctype of its own
      default:
        throw new Error(`Cannot write a \`${node.type}\` node as XHTML`);
    }
  }

  private element(node: Element, out: string[]): void {
    const { tagName } = node;
    let properties = node.properties;
    if (tagName === "img") {
      if (typeof properties.src !== "string" || properties.src === "") return; // nothing to show
      properties = { ...properties, src: this.image(properties.src) };
    }
    out.push("<", tagName, attributes(properties));
    if (VOID_ELEMENTS.has(tagName)) {
      out.push("/>");
      return;
    }
    out.push(">");
    for (const child of node.children) this.node(child, out);
    out.push("</", tagName, ">");
  }

  /** Where the package stores the image at `src` (a file: URL, as the manuscript loader leaves it). */
  private image(src: string): string {
    let image = this.imageOf.get(src);
    if (!image) {
      const url = new URL(src);
      if (url.protocol !== "file:") throw new Error(`An EPUB image must be a local file, not ${src}`);
      const type = IMAGE_TYPES[url.pathname.replace(/^.*\./, "").toLowerCase()];
      if (!type) throw new Error(`Not an image type an EPUB takes: ${src}`);
      image = { id: `image-${this.images.length + 1}`, ...type, path: fileURLToPath(url) };
      this.images.push(image);
      this.imageOf.set(src, image);
    }
    return `images/${image.id}.${image.extension}`;
  }
}

function attributes(properties: Properties): string {
  let result = "";
  for (const [property, value] of Object.entries(properties)) {
    if (value === undefined || value === null || value === false || (typeof value === "number" && Number.isNaN(value))) continue;
    const info = find(html, property);
    const name = info.attribute.toLowerCase();
    if (!ALLOWED_ATTRIBUTES.has(name)) continue;
    const text = value === true ? "" : Array.isArray(value) ? value.join(info.commaSeparated ? ", " : " ") : String(value);
    result += ` ${name}="${escapeAttribute(text)}"`;
  }
  return result;
}

function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&quot;"));
}
