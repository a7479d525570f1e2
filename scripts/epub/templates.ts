// The EJS templates for the package document, the NCX, the navigation document and
// each chapter. They live as files under templates/epub/ (no markup in code); these
// are the only files this stage reads besides fonts and images. Each is compiled once.
import { readFile } from "node:fs/promises";
import { compile } from "ejs";
import { templatePath } from "../templates.ts";

type Template = (data: object) => string;

export interface EpubTemplates {
  contentOPF: Template;
  tocNCX: Template;
  tocXHTML: Template;
  chapterXHTML: Template;
}

async function compileTemplate(name: string): Promise<Template> {
  return compile(await readFile(templatePath(`epub/${name}`), "utf8"));
}

let templates: Promise<EpubTemplates> | undefined;

export function loadEpubTemplates(): Promise<EpubTemplates> {
  templates ??= (async () => {
    const [contentOPF, tocNCX, tocXHTML, chapterXHTML] = await Promise.all(
      ["content.opf.ejs", "toc.ncx.ejs", "toc.xhtml.ejs", "chapter.xhtml.ejs"].map(compileTemplate),
    );
    return { contentOPF, tocNCX, tocXHTML, chapterXHTML };
  })();
  templates.catch(() => (templates = undefined));
  return templates;
}
