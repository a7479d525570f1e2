// `folio import`: an article as an editor receives it — text copied from a
// web page, or a saved page — made into a manuscript and an author file, with
// a report of what was found where and every guess, for the editor to check.
import { access, mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { VFile } from "vfile";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";
import type { Draft } from "../import/draft.ts";
import { readSavedPage } from "../import/html-page.ts";
import { authorText, manuscriptText } from "../import/manuscript.ts";
import { authorId, slugOf } from "../import/names.ts";
import { readInput } from "../import/read-input.ts";
import { formatImportMessages, formatReport } from "../import/report.ts";
import { readCopiedText } from "../import/text-page.ts";

const usage = `Usage: folio import <file> [options]

Makes a manuscript of an article copied from a web page (a text file) or of a
saved web page (.html): <out>/<slug>.md, and <out>/authors/<id>.md with the
author's name and bio unless that author has a file already. Prints what it
found and every guess it made: check them before you build.

Options:
  --out <folder>   where to write (default: manuscript)
  --slug <name>    the manuscript's file name, without .md (default: from the title)
  --force          overwrite a manuscript that exists (an author file is never overwritten)
  --help           show this text
`;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const importCommand: Command = {
  usage,
  async run({ argv, cwd, stdout, stderr }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: "string", default: "manuscript" },
        slug: { type: "string" },
        force: { type: "boolean", default: false },
      },
    });
    if (positionals.length !== 1) throw new UsageError(`Name one file to import.\n\n${usage}`);
    const input = resolve(cwd, positionals[0]);
    const shown = (path: string) => relative(cwd, path) || path;
    const { text, html } = await readInput(input, positionals[0]);
    // The import's messages are about this file, and name it as it was given.
    const file = new VFile({ path: shown(input), value: text });
    const draft = html ? await readSavedPage(file) : await readCopiedText(file);

    const slug = values.slug ?? slugOf(draft.title);
    if (!SLUG.test(slug))
      throw new UsageError(
        `--slug ${slug}: use lower-case words joined by hyphens, such as caspian-ferries`,
      );
    if (!values.slug) draft.log.note("slug", slug, "the title's first words");
    const out = resolve(cwd, values.out);
    const target = join(out, `${slug}.md`);
    if (!values.force && (await exists(target))) {
      throw new UsageError(
        `${shown(target)} exists: nothing was written. Use --force to replace it, or --slug to choose another name.`,
      );
    }

    const written: string[] = [];
    const authors = await authorFiles(draft, out, (line, path) =>
      written.push(`${line} ${shown(path)}`),
    );
    const manuscript = manuscriptText(draft, authors);
    await mkdir(out, { recursive: true });
    await writeFile(target, manuscript, { flag: values.force ? "w" : "wx" });
    stdout.write(
      formatReport(
        draft.log,
        `${shown(input)} (${html ? "a saved web page" : "text copied from a web page"})`,
      ),
    );
    stdout.write(`\nWrote ${shown(target)}\n`);
    for (const line of written) stdout.write(`${line}\n`);
    const next = `npm run build -- ${shown(target)}`;
    stdout.write(`\nCheck what was found and each warning, then build it: ${next}\n`);
    for (const line of formatImportMessages(file)) stderr.write(`${line}\n`);
    return 0;
  },
};

/** Each author as the front matter will name them: an id with an author file (found or written), else the plain name. */
async function authorFiles(
  draft: Draft,
  out: string,
  report: (line: string, path: string) => void,
): Promise<string[]> {
  const names: string[] = [];
  for (const [i, name] of draft.authors.entries()) {
    const id = authorId(name);
    const path = join(out, "authors", `${id}.md`);
    if (id && (await exists(path))) {
      report("Kept (that author has a file already)", path);
      names.push(id);
    } else if (id && i === 0 && draft.bio.length > 0) {
      await mkdir(join(out, "authors"), { recursive: true });
      await writeFile(path, authorText(name, draft.bio), { flag: "wx" });
      report("Wrote", path);
      names.push(id);
    } else {
      draft.log.note("author", name, "no bio found: named as a plain name, with no author file");
      names.push(name);
    }
  }
  return names;
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
