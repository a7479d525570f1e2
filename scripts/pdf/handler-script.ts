// Folio's Paged.js handlers (./handlers/) run in the page that Paged.js lays
// out, so they are bundled into one classic script: render.ts adds it to the
// page after Paged.js itself and before layout starts.
import { build } from "esbuild";
import { fromRoot } from "../root.ts";

const entry = fromRoot("scripts", "pdf", "handlers", "index.ts");

let bundled: Promise<string> | undefined;

/** The bundle's source, built once per process. */
export function handlerScript(): Promise<string> {
  bundled ??= bundle().catch((error: unknown) => {
    bundled = undefined; // let the next call try again
    throw error;
  });
  return bundled;
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
