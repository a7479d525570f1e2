// Windows of the build's browser: each page Folio opens is a window of its own,
// and a window can serve one kind of job (drawing covers)
// one job after another.
import type { Browser, Page, Target } from "puppeteer-core";

let windows = 0;

/**
 * A page in a window of its own, which every page Folio opens gets.
 * browser.newPage() opens a tab, and a tab behind another gets no animation
 * frames: Paged.js, which waits for one between pages, would stop until it
 * was brought to the front. Pages in windows of their own work side by side.
 */
export async function openWindow(browser: Browser): Promise<Page> {
  const url = `about:blank#folio-window-${++windows}`;
  const session = await (await targetToOpenWindowsFrom(browser)).createCDPSession();
  try {
    await session.send("Target.createTarget", { url, newWindow: true });
  } finally {
    void session.detach().catch(() => {});
  }
  const target = await browser.waitForTarget((t) => t.url() === url);
  const page = await target.page();
  if (!page) throw new Error("the browser opened a window with no page");
  return page;
}

/**
 * The browser's own target; else a page's, which may open windows too.
 * Puppeteer lost the browser's target about once in a full test run, through
 * its public connect() and through its private CDPBrowser._create() alike
 * ("Browser target is not found", in a build's thumbnail window), with the
 * browser's pages there and working.
 */
async function targetToOpenWindowsFrom(browser: Browser): Promise<Target> {
  const own = browser.targets().find((target) => target.type() === "browser");
  if (own) return own;
  const [page] = await browser.pages();
  if (!page)
    throw new Error("the browser has neither its own target nor a page to open a window from");
  return page.target();
}

/**
 * A window per browser that `job`s share, one after another: a window each
 * would cost each job a renderer process. `prepare` readies a new window once;
 * a job that fails closes the window, and the next job gets a new one,
 * whatever state that one was left in.
 */
export function sharedWindow(prepare: (page: Page) => Promise<void>) {
  const turns = new WeakMap<Browser, Promise<unknown>>();
  const pages = new WeakMap<Browser, Promise<Page>>();
  return <T>(browser: Browser, job: (page: Page) => Promise<T>): Promise<T> => {
    const done = (turns.get(browser) ?? Promise.resolve())
      .catch(() => {})
      .then(async () => {
        let opened = pages.get(browser);
        if (!opened) {
          opened = openWindow(browser).then(async (page) => {
            await prepare(page);
            return page;
          });
          pages.set(browser, opened);
        }
        let page: Page | undefined;
        try {
          page = await opened;
          return await job(page);
        } catch (error) {
          pages.delete(browser);
          void page?.close().catch(() => {});
          throw error;
        }
      });
    turns.set(browser, done);
    return done;
  };
}
