// What a page laid out for print may load: the files the build gave it (its
// own folder, the fonts, the manuscript's images) and data: URLs, nothing
// else. A manuscript's raw HTML is sanitized before it gets here; this is the
// second wall: no file outside those folders (file:///etc/passwd), no network.
import { dirname, isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "puppeteer-core";

export interface RequestFilter {
  /** Allows these files' folders (a path ending in / is a folder) from now on, and nothing else. */
  allowOnly(files: string[]): void;
  /** The addresses refused since the last allowOnly(). */
  readonly blocked: string[];
}

/** Turns on the filter; a page lays out one document after another, so what it allows can change. */
export async function filterRequests(page: Page): Promise<RequestFilter> {
  let folders: string[] = [];
  const filter = {
    blocked: [] as string[],
    allowOnly(files: string[]) {
      folders = [...new Set(files.map((file) => (file.endsWith("/") ? file : dirname(file))))];
      filter.blocked = [];
    },
  };
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || (url.startsWith("file:") && inside(folders, url)))
      return void request.continue();
    filter.blocked.push(url);
    void request.abort("accessdenied");
  });
  return filter;
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
