// The characters a publication shows, by the face they are set in: what its
// fonts are cut to. They are read from the publication, not from each edition's
// document, so that one set of fonts serves every edition and the cover: the text
// of each chapter and bio (bold and italic as the markup and the stylesheets set
// them, code apart), and what the editions show around it in any face (the title
// in running heads and on the cover, names in bylines, the kind in capitals).
// Folio's own words are added too: ASCII in the regular face (page numbers,
// "page 2 of 4", note numbers, labels), with the quotation marks, dashes and
// marks the stylesheets print and the hyphen a soft hyphen prints as at a line's
// end; and the bold headings Folio writes.
import type { Nodes } from "hast";
import type { Publication } from "../model.ts";
import type { StyledText } from "./choose.ts";

const BOLD = new Set(["h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "th"]);
const ITALIC = new Set(["em", "i", "cite", "dfn", "var", "address", "figcaption"]);
const ITALIC_CLASSES = new Set(["byline", "missing-image"]);
const CODE = new Set(["code", "kbd", "samp", "pre"]);

const ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");
const HEADINGS = "About the authors Contents";
const TYPOGRAPHY =
  "\u00a0\u00ad\u00ab\u00bb\u00b7\u00d7\u2010\u2011\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u2042";

type Face = keyof StyledText;

export function publicationText(publication: Publication): StyledText {
  const text: Record<Face, string[]> = {
    regular: [ASCII, TYPOGRAPHY],
    italic: [],
    bold: [HEADINGS],
    boldItalic: [],
    code: [],
  };
  const anyFace = (value: string | undefined) => {
    if (!value) return;
    for (const face of ["regular", "italic", "bold"] as const)
      text[face].push(value, value.toUpperCase());
  };
  const { meta, book } = publication;
  [meta.title, meta.kind, book?.subtitle].forEach(anyFace);
  for (const author of [
    ...publication.authors,
    ...publication.contributors,
    ...(book?.editors ?? []),
  ]) {
    anyFace(author.name);
    if (author.bio) collect(author.bio, "regular", text);
  }
  for (const chapter of publication.chapters) {
    [chapter.title, chapter.kind, ...chapter.authors.map((a) => a.name)].forEach(anyFace);
    collect(chapter.body, "regular", text);
  }
  return {
    regular: text.regular.join(""),
    italic: text.italic.join(""),
    bold: text.bold.join(""),
    boldItalic: text.boldItalic.join(""),
    code: text.code.join(""),
  };
}

function collect(node: Nodes, face: Face, text: Record<Face, string[]>): void {
  if (node.type === "text") text[face].push(node.value);
  if (node.type === "element") {
    // GFM's "↩" back from a note: every edition writes its own links back instead.
    if ("dataFootnoteBackref" in node.properties) return;
    const classes = Array.isArray(node.properties.className)
      ? node.properties.className.map(String)
      : [];
    const bold = BOLD.has(node.tagName) || face === "bold" || face === "boldItalic";
    const italic =
      ITALIC.has(node.tagName) ||
      classes.some((c) => ITALIC_CLASSES.has(c)) ||
      face === "italic" ||
      face === "boldItalic";
    face =
      CODE.has(node.tagName) || face === "code"
        ? "code"
        : bold
          ? italic
            ? "boldItalic"
            : "bold"
          : italic
            ? "italic"
            : "regular";
    // An image the build could not show is replaced by its alt text.
    if (typeof node.properties.alt === "string") text[face].push(node.properties.alt);
  }
  if ("children" in node) for (const child of node.children) collect(child as Nodes, face, text);
}
