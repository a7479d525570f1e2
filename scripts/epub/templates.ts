// The EJS templates epub-gen-memory renders for the package document, the NCX, the
// navigation document and each chapter. They live as files under templates/epub/ (no
// markup in code); these are the only files this stage reads besides fonts and images.
import { readFile } from "node:fs/promises";
import { templatePath } from "../templates.ts";

export interface EpubTemplates {
  contentOPF: string;
  tocNCX: string;
  tocXHTML: string;
  chapterXHTML: string;
}

function readTemplate(name: string): Promise<string> {
  return readFile(templatePath(`epub/${name}`), "utf8");
}

export async function loadEpubTemplates(): Promise<EpubTemplates> {
  const [contentOPF, tocNCX, tocXHTML, chapterXHTML] = await Promise.all([
    readTemplate("content.opf.ejs"),
    readTemplate("toc.ncx.ejs"),
    readTemplate("toc.xhtml.ejs"),
    readTemplate("chapter.xhtml.ejs"),
  ]);
  return { contentOPF, tocNCX, tocXHTML, chapterXHTML };
}
