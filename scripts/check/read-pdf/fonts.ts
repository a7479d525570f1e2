// The fonts a PDF's pages use, each with its type and whether the file
// carries it, as pdffonts lists them: read from the font dictionaries (a
// FontDescriptor with a FontFile is embedded; a Type 3 font draws its glyphs
// itself). Not from pdf.js: it draws the 14 standard fonts with copies of its
// own and so reports a Helvetica the file lacks as present.
import { PDFArray, PDFDict, type PDFDocument, PDFName, PDFStream } from "pdf-lib";

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The types as pdffonts and viewers' font lists name them. */
const TYPES: Record<string, string> = {
  Type1: "Type 1",
  MMType1: "Type 1 (MM)",
  TrueType: "TrueType",
  Type3: "Type 3",
  CIDFontType0: "CID Type 0",
  CIDFontType2: "CID TrueType",
};

/** The fonts of each page, in order (`pages[0]` is page 1). */
export function pageFonts(doc: PDFDocument): PdfFont[][] {
  return doc.getPages().map((page) => {
    const fonts = new Map<PDFDict, PdfFont>();
    collect(page.node.Resources(), fonts, 0);
    return [...fonts.values()];
  });
}

/** The fonts of every page, each once. */
export function documentFonts(doc: PDFDocument): PdfFont[] {
  const all = new Map<string, PdfFont>();
  for (const font of pageFonts(doc).flat())
    all.set(`${font.name} ${font.type} ${font.embedded}`, font);
  return [...all.values()];
}

/** The fonts of a resource dictionary and of the forms it holds. */
function collect(
  resources: PDFDict | undefined,
  fonts: Map<PDFDict, PdfFont>,
  depth: number,
): void {
  const fontDicts = resources?.lookupMaybe(PDFName.of("Font"), PDFDict);
  for (const [, ref] of fontDicts?.entries() ?? []) {
    const font = fontDicts!.context.lookup(ref);
    if (font instanceof PDFDict && !fonts.has(font)) fonts.set(font, describe(font));
  }
  const xobjects = resources?.lookupMaybe(PDFName.of("XObject"), PDFDict);
  for (const [, ref] of depth < 8 ? (xobjects?.entries() ?? []) : []) {
    const form = xobjects!.context.lookup(ref);
    if (form instanceof PDFStream)
      collect(form.dict.lookupMaybe(PDFName.of("Resources"), PDFDict), fonts, depth + 1);
  }
}

function describe(font: PDFDict): PdfFont {
  const subtype = font.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() ?? "";
  const name = font.lookupMaybe(PDFName.of("BaseFont"), PDFName)?.decodeText() ?? "[none]";
  if (subtype === "Type3") return { name, type: TYPES.Type3, embedded: true };
  // A composite font (Type 0) is described by its descendant.
  const descendant =
    subtype === "Type0"
      ? font.lookupMaybe(PDFName.of("DescendantFonts"), PDFArray)?.lookupMaybe(0, PDFDict)
      : font;
  const kind = descendant?.lookupMaybe(PDFName.of("Subtype"), PDFName)?.decodeText() ?? subtype;
  const descriptor = descendant?.lookupMaybe(PDFName.of("FontDescriptor"), PDFDict);
  const embedded = ["FontFile", "FontFile2", "FontFile3"].some((key) =>
    descriptor?.has(PDFName.of(key)),
  );
  return { name, type: TYPES[kind] ?? kind, embedded };
}
