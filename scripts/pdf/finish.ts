import { createHash } from "node:crypto";
import { ParseSpeeds, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { setOutline, type OutlineItem } from "./outline.ts";

export interface FinishOptions {
  title: string;
  authors?: string[];
  subject?: string;
  keywords?: string[];
  /** BCP 47 tag for the catalog's /Lang, e.g. "en" or "de-CH". */
  lang?: string;
  /** Creation and modification date; give one for reproducible builds. Defaults to now. */
  date?: Date;
  /** Defaults to Chromium's producer string plus "pdf-lib". */
  producer?: string;
  /** Bookmarks from renderPdf(); their destinations are the ones Chromium wrote. */
  outline?: OutlineItem[];
  signal?: AbortSignal;
}

/**
 * Post-processes Chromium's PDF in one pdf-lib load and save: document info,
 * language, viewer preferences and bookmarks. Chromium's structure tree
 * (/StructTreeRoot, /MarkInfo) is kept as it is, so the PDF stays tagged.
 */
export async function finishPdf(pdf: Uint8Array, options: FinishOptions): Promise<Uint8Array> {
  const {
    title,
    authors = [],
    subject,
    keywords = [],
    lang,
    date = new Date(),
    outline = [],
    signal,
  } = options;
  signal?.throwIfAborted();

  // Fastest: default parsing was found slow on large books. updateMetadata:
  // false keeps pdf-lib from stamping its own producer and "now" at load.
  const doc = await PDFDocument.load(pdf, {
    parseSpeed: ParseSpeeds.Fastest,
    updateMetadata: false,
  });

  doc.setTitle(title, { showInWindowTitleBar: true }); // also sets ViewerPreferences /DisplayDocTitle
  if (authors.length > 0) doc.setAuthor(authors.join(", "));
  if (subject) doc.setSubject(subject);
  if (keywords.length > 0) doc.setKeywords(keywords);
  doc.setCreator("Folio");
  doc.setProducer(options.producer ?? [doc.getProducer(), "pdf-lib"].filter(Boolean).join(" + "));
  doc.setCreationDate(date);
  doc.setModificationDate(date);
  if (lang) doc.catalog.set(PDFName.of("Lang"), PDFString.of(lang));
  doc.catalog.getOrCreateViewerPreferences().setDisplayDocTitle(true);

  if (outline.length > 0) {
    await setOutline(doc, outline);
    // Open with the bookmarks panel showing, as a reader of a long text wants.
    doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
  }

  const id = PDFHexString.of(documentId(doc, options));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);

  signal?.throwIfAborted();
  return doc.save();
}

/**
 * Chromium writes no trailer /ID, which PDF/A and some readers want. A hash of
 * the streams (page contents, fonts, images) and the metadata is the same for
 * the same build, unlike Chromium's own bytes, which carry its time of printing.
 */
function documentId(doc: PDFDocument, options: FinishOptions): string {
  const hash = createHash("sha256");
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (object instanceof PDFRawStream) hash.update(object.contents);
  }
  const { title, authors, subject, keywords, lang, date } = options;
  hash.update(JSON.stringify({ title, authors, subject, keywords, lang, date }));
  return hash.digest("hex").slice(0, 32);
}
