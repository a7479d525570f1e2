// The /ActualText of each marked-content sequence of a page, in the order its
// content draws them (ISO 32000-1, 14.9.4: the text that replaces the glyphs
// inside). Chromium (Skia) writes a glyph that has no character of its own
// in the font's ToUnicode map this way: an Arabic letter's contextual form, a
// base letter and its marks drawn as one cluster. pdf.js 5.6 leaves it out
// of its text (each such glyph comes as U+0000), so words.ts puts it back, as
// poppler and Acrobat read it.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFPage,
  PDFRawStream,
  PDFStream,
  PDFString,
} from "pdf-lib";

/** For every BDC of the page and of the forms it draws, in order: its /ActualText, or undefined. */
export function actualTexts(doc: PDFDocument, page: PDFPage): (string | undefined)[] {
  const found: (string | undefined)[] = [];
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray
      ? contents.asArray().map((ref) => doc.context.lookup(ref))
      : [contents];
  const data = streams
    .map((stream) => (stream instanceof PDFRawStream ? bytesOf(stream) : ""))
    .join("\n");
  scan(data, page.node.Resources(), found, 0);
  return found;
}

function bytesOf(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString("latin1");
}

/** Strings, hex strings, dictionary brackets, names, and numbers or operators: a content stream's tokens. */
const TOKEN =
  /\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)|<<|>>|<[0-9A-Fa-f\s]*>|\/[^\s/<>()[\]{}%]*|[^\s/<>()[\]{}%]+|[[\]{}]|%[^\r\n]*/g;

function scan(
  content: string,
  resources: PDFDict | undefined,
  found: (string | undefined)[],
  depth: number,
): void {
  const tokens = new RegExp(TOKEN);
  const operands: string[] = [];
  let nesting = 0; // inside << >> or [ ], a token is an operand, whatever it looks like
  for (let match = tokens.exec(content); match; match = tokens.exec(content)) {
    const [token] = match;
    if (token.startsWith("%")) continue;
    if (token === "<<" || token === "[") nesting++;
    if (token === ">>" || token === "]") nesting--;
    if (
      nesting > 0 ||
      /^[<>([/\]\d+\-.]/.test(token) ||
      ["true", "false", "null"].includes(token)
    ) {
      operands.push(token);
      continue;
    }
    if (token === "BDC") found.push(actualText(operands, resources));
    // An inline image's data may hold any byte: go on after its end.
    if (token === "ID")
      tokens.lastIndex = Math.max(
        tokens.lastIndex,
        content.indexOf("EI", tokens.lastIndex + 1) + 2,
      );
    if (token === "Do" && depth < 8) {
      const form = resources
        ?.lookupMaybe(PDFName.of("XObject"), PDFDict)
        ?.lookupMaybe(PDFName.of(operands.at(-1)?.slice(1) ?? ""), PDFStream);
      if (
        form instanceof PDFRawStream &&
        form.dict.get(PDFName.of("Subtype")) === PDFName.of("Form")
      ) {
        scan(
          bytesOf(form),
          form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict) ?? resources,
          found,
          depth + 1,
        );
      }
    }
    operands.length = 0;
  }
}

/** The /ActualText of a BDC's properties: written inline (`<< … >>`), or named in the resources' /Properties. */
function actualText(operands: string[], resources: PDFDict | undefined): string | undefined {
  const at = operands.indexOf("/ActualText");
  if (at >= 0) {
    const value = operands[at + 1] ?? "";
    if (value.startsWith("(")) return PDFString.of(value.slice(1, -1)).decodeText();
    if (value.startsWith("<"))
      return PDFHexString.of(value.slice(1, -1).replace(/\s/g, "")).decodeText();
    return undefined;
  }
  const name = operands.at(-1);
  if (!name?.startsWith("/")) return undefined;
  const properties = resources
    ?.lookupMaybe(PDFName.of("Properties"), PDFDict)
    ?.lookupMaybe(PDFName.of(name.slice(1)), PDFDict);
  return properties?.lookupMaybe(PDFName.of("ActualText"), PDFString, PDFHexString)?.decodeText();
}
