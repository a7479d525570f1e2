// Folio's EJS templates for the package document, the NCX, the navigation document
// and each chapter, as epub-gen-memory's options of those names take them. They
// live as files under templates/epub/ (no markup in code), read once a build.
import { readFile } from "node:fs/promises";
import { templatePath } from "../templates.ts";

export interface EpubTemplates {
  contentOPF: string;
  tocNCX: string;
  tocXHTML: string;
  chapterXHTML: string;
}

let templates: Promise<EpubTemplates> | undefined;

export function loadEpubTemplates(): Promise<EpubTemplates> {
  templates ??= (async () => {
    const [contentOPF, tocNCX, tocXHTML, chapterXHTML] = await Promise.all(
      ["content.opf.ejs", "toc.ncx.ejs", "toc.xhtml.ejs", "chapter.xhtml.ejs"].map((name) =>
        readFile(templatePath(`epub/${name}`), "utf8"),
      ),
    );
    return { contentOPF, tocNCX, tocXHTML, chapterXHTML };
  })();
  templates.catch(() => (templates = undefined));
  return templates;
}
