// The images a manuscript shows, from Markdown or raw HTML: each must have alt
// text and be a real image file inside the manuscript's folder. Folio never
// fetches anything and never reads outside that folder, so a path that leads
// out (`../../etc/passwd`, an absolute path, a symlink) or a file that is not an
// image is an error. A missing file is a warning, and the editions show the
// image's alt text in its place; so is an image on the web (`https://…`,
// `//…`), whose address becomes a note, as a source's does: the handout
// prints it in full.
import { readFile, realpath } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Element, Root } from "hast";
import { h } from "hastscript";
import { imageSize } from "image-size";
import { visitParents } from "unist-util-visit-parents";
import type { VFile } from "vfile";
import { addNote, numberNotes } from "../html/footnotes.ts";
import { decoded } from "../html/rehype-links.ts";

/** Wider or taller than this, an image is a mistake (a scan at full resolution, say), not an illustration. */
const MAX_SIDE = 10_000;

export async function resolveImages(
  tree: Root,
  file: VFile,
  manuscriptPath: string,
  rootDir: string,
): Promise<void> {
  const images: { node: Element; ancestors: (Root | Element)[] }[] = [];
  visitParents(tree, "element", (node, ancestors) => {
    if (node.tagName === "img") images.push({ node, ancestors });
  });
  const root = await realpath(rootDir);
  let noted = false;
  for (const { node, ancestors } of images) {
    const parent = ancestors[ancestors.length - 1];
    const missing = (shown: string) => {
      const span = h("span.missing-image", `[${shown}]`);
      parent.children.splice(parent.children.indexOf(node), 1, span);
      return span;
    };
    const problem = (reason: string, ruleId: string, fatal = true) => {
      file.message(reason, { place: node.position, ruleId, source: "images" }).fatal = fatal;
    };
    const src = typeof node.properties.src === "string" ? node.properties.src : "";
    const alt = typeof node.properties.alt === "string" ? node.properties.alt.trim() : "";
    if (!alt)
      problem(
        "An image has no alt text: say what it shows, as in `![A map of the region](images/map.png)`",
        "image-alt",
      );
    if (!src) {
      problem(
        "An image has no address (or an address Folio does not allow): give a file in images/",
        "image-src",
      );
      continue;
    }
    if (/^(?:https?:)?\/\//i.test(src)) {
      problem(
        `The image \`${src}\` is on the web, and Folio never fetches anything: the editions show its alt text, and its address as a note; to show it, save it in images/ and link it there`,
        "image-remote",
        false,
      );
      const span = missing(alt || src);
      // The note's call follows the link the image stands in, if any (a badge): a link can't hold a note.
      const link = ancestors.findIndex((node) => node.type === "element" && node.tagName === "a");
      const [holder, before] = link > 0 ? [ancestors[link - 1], ancestors[link]] : [parent, span];
      const address = src.startsWith("//") ? `https:${src}` : src;
      holder.children.splice(
        holder.children.indexOf(before as Element) + 1,
        0,
        addNote(tree, "image", [
          { type: "text", value: "Image: " },
          h("a", { href: address }, address),
        ]),
      );
      noted = true;
      continue;
    }
    // No other scheme passes the sanitizer (it allows http and https); should one (`file:`), it is no file of the folder.
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      problem(
        `The image \`${src}\` is not a file in the manuscript's folder: save it in images/ and link it there`,
        "image-outside",
      );
      continue;
    }
    const path = resolve(dirname(manuscriptPath), decoded(src));
    const real = await realpath(path).catch(() => undefined);
    // A file that is there is judged where it really is (a link out of the folder
    // leads outside); one that is not, by its path against the folder as named,
    // which may itself be reached through a link (a missing image then is missing, not outside).
    const within = real ? inside(root, real) : inside(resolve(rootDir), path);
    if (isAbsolute(src) || !within) {
      problem(
        `The image \`${src}\` is outside the manuscript's folder: copy it into images/ and link it there`,
        "image-outside",
      );
      continue;
    }
    if (!real) {
      problem(
        `The image \`${src}\` does not exist: the editions show its alt text instead`,
        "image-missing",
        false,
      );
      missing(alt || src);
      continue;
    }
    const size = await sizeOf(real);
    if (!size)
      problem(
        `\`${src}\` is not an image Folio can read (PNG, JPEG, GIF, SVG or WebP)`,
        "image-type",
      );
    else if (size.width > MAX_SIDE || size.height > MAX_SIDE) {
      problem(
        `The image \`${src}\` is ${size.width}×${size.height} pixels: resize it to at most ${MAX_SIDE} on each side`,
        "image-size",
      );
    }
    node.properties.src = pathToFileURL(real).href;
  }
  if (noted) numberNotes(tree);
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

async function sizeOf(path: string) {
  try {
    const { width, height, type } = imageSize(await readFile(path));
    return ["png", "jpg", "gif", "svg", "webp"].includes(type ?? "")
      ? { width: width ?? 0, height: height ?? 0 }
      : undefined;
  } catch {
    return undefined;
  }
}
