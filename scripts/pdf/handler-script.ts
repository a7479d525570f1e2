// Folio's Paged.js handlers (./handlers/) run in the page that Paged.js lays
// out, so they are bundled into one classic script: pagedjs-cli adds it with a
// <script> tag after Paged.js itself and before layout starts.
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const entry = fileURLToPath(new URL("handlers/index.ts", import.meta.url));

let bundled: Promise<string> | undefined;

/** The bundle's source, built once per process. */
export function handlerScript(): Promise<string> {
  bundled ??= bundle().catch((error: unknown) => {
    bundled = undefined; // let the next call try again
    throw error;
  });
  return bundled;
}

/** The bundle as a data: URL, a form Printer's `additionalScripts` accepts without a file. */
export async function handlerScriptUrl(): Promise<string> {
  return `data:text/javascript;base64,${Buffer.from(await handlerScript()).toString("base64")}`;
}

async function bundle(): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife", // a classic script: no module loader in the page
    platform: "browser",
    target: "chrome110",
    write: false,
    charset: "utf8",
    logLevel: "silent", // failures reject with esbuild's messages
  });
  // A name for the script in the browser's stack traces.
  return `${result.outputFiles[0].text}//# sourceURL=folio-paged-handlers.js\n`;
}
