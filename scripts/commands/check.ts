// `folio check`: the options of the check command, read into CheckOptions.
import { parseArgs } from "node:util";
import { check } from "../check/check.ts";
import type { Edition } from "../model.ts";
import { EDITIONS } from "../output/edition-names.ts";
import { UsageError } from "../errors.ts";
import type { Command } from "../io.ts";

const usage = `Usage: folio check [output folder | edition file ...] [options]

Checks each publication: its manuscript, and its download PDF, handout PDF and
EPUB. With nothing named, checks the manuscripts in manuscript/ and their
editions in output/. Prints a report and writes <slug>.check.json beside the
editions. Exits 0 when every check passes, 1 when one fails, 2 when a checker
could not run (no Java or no EPUBCheck, no browser for Ace).

Options:
  --manuscript <path>  a manuscript or a folder of them; repeat for several (default: manuscript)
  --edition <name>     pdf, handout or epub; repeat for several (default: all three)
  --paper <size>       a4 or letter: the size the PDFs were built for (default: each manuscript's \`paper\`)
  --browser <path>     the Chrome or Chromium Ace by DAISY runs in (or FOLIO_BROWSER)
  --help               show this text

EPUBCheck runs as \`java -jar /usr/share/java/epubcheck.jar\` (or Homebrew's jar);
EPUBCHECK_JAR names another jar, JAVA_HOME another Java. Every PDF check runs
with what npm installs.
`;

export const checkCommand: Command = {
  usage,
  async run({ argv, cwd, env, stdout, signal }) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        manuscript: { type: "string", multiple: true },
        edition: { type: "string", multiple: true },
        paper: { type: "string" },
        browser: { type: "string" },
      },
    });
    const editions = (values.edition ?? EDITIONS) as Edition[];
    const unknown = editions.find((e) => !EDITIONS.includes(e));
    if (unknown) throw new UsageError(`Unknown edition \`${unknown}\`: use pdf, handout or epub`);
    const paper = values.paper?.toLowerCase();
    if (paper !== undefined && paper !== "a4" && paper !== "letter")
      throw new UsageError("--paper takes a4 or letter");
    return check({
      outputs: positionals.length > 0 ? positionals : undefined,
      manuscripts: values.manuscript,
      editions: [...new Set(editions)],
      paper,
      browser: values.browser,
      cwd,
      env,
      signal,
      write: (text) => stdout.write(text),
    });
  },
};
