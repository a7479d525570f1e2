// A print edition laid out for the preview: the build's own document
// (printHtml) and Paged.js layout (layOut) in the build's warm pages, kept as
// the laid-out HTML instead of printed. Chromium's PDF step (a third of a
// long manuscript's time) is skipped, and the pages stay text with their
// headings' ids, so that the preview can keep the reader's place.
import { pathToFileURL } from "node:url";
import type { Publication, PrintEdition } from "../model.ts";
import { printHtml } from "../pdf/edition.ts";
import type { PagedPages } from "../pdf/paged-pages.ts";
import { layOut } from "../pdf/render.ts";

export interface LaidOut {
  /** The laid-out document, its scripts removed and its images pointing at `files/<n>/<name>`. */
  html: string;
  pageCount: number;
  /** The image files it shows: `files/<n>/…` is the n-th. */
  files: string[];
}

export async function layOutEdition(
  pages: PagedPages,
  publication: Publication,
  edition: PrintEdition,
): Promise<LaidOut> {
  const { html, allowedPaths } = await printHtml(publication, edition);
  const files = [...new Set(allowedPaths)];
  // The served address of each image, by the file:// address the page knows it by.
  const served = Object.fromEntries(
    files.map((file, i) => {
      const name = encodeURIComponent(file.split("/").pop()!);
      return [pathToFileURL(file).href, `files/${i}/${name}`];
    }),
  );
  return pages.use(async ({ page, requests, folder }) => {
    requests.allowOnly([`${folder}/`, ...files]); // as the build's render allows
    await page.setContent(html, { waitUntil: "load" });
    const pageCount = await page.evaluate(layOut);
    if (requests.blocked.length > 0) {
      const refused = requests.blocked.join(", ");
      throw new Error(`the document asked for what it may not read: ${refused}`);
    }
    return { html: await page.evaluate(serialize, served), pageCount, files };
  });
}

/** Runs in the page: the laid-out document as HTML, with no script and only served images. */
function serialize(served: Record<string, string>): string {
  for (const script of document.querySelectorAll("script")) script.remove();
  for (const img of document.images) img.setAttribute("src", served[img.src] ?? "data:,");
  // The preview's own look around the pages: a grey desk, a shadow, the spread view.
  const desk = document.createElement("link");
  desk.rel = "stylesheet";
  desk.href = "/assets/pages.css";
  document.head.append(desk);
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}
