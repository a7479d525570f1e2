// What a page laid out for print may load: the files the build gave it (the
// HTML, its fonts, the manuscript's images) and data: URLs, nothing else. A
// manuscript's raw HTML is sanitized before it gets here; this is the second
// wall: no file outside those folders (file:///etc/passwd), no network at all.
import { dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer-core";

/** Turns on the filter; returns the list it fills with each refused address. */
export async function allowOnly(page: Page, files: string[]): Promise<string[]> {
  const folders = [...new Set(files.map((file) => (file.endsWith("/") ? file : dirname(file))))];
  const blocked: string[] = [];
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || (url.startsWith("file:") && inside(folders, url))) return void request.continue();
    blocked.push(url);
    void request.abort("accessdenied");
  });
  return blocked;
}

function inside(folders: string[], url: string): boolean {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch {
    return false;
  }
  return folders.some((folder) => {
    const rel = relative(folder, path);
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  });
}
