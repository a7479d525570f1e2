// The front matter, read once, in whichever form the writer has it: YAML
// between `---` lines, TOML between `+++` lines (Hugo, Zola), a MultiMarkdown
// header (`Title: …` lines at the top, recognised by the parser: see
// micromark-multimarkdown-header.ts) or a Pandoc `%` title block. Its keys, Hugo's and
// Zola's under Folio's names, travel with the file as `file.data.frontMatter`,
// with the place of each: the loaders check them against the schema, and
// plugins read them there (remark-source-notes reads `inline-sources`).
// A block that can't be read is an error here, and leaves no data.
import type { Literal, Root } from "mdast";
import type { Plugin } from "unified";
import {
  type Matter,
  type Place,
  readMultimarkdown,
  readToml,
  readYaml,
} from "./front-matter-forms.ts";
import { folioKeys } from "./front-matter-keys.ts";
import { multimarkdownHeaderFromMarkdown } from "./mdast-multimarkdown-header.ts";
import { multimarkdownHeader } from "./micromark-multimarkdown-header.ts";
import { takePandocTitleBlock } from "./pandoc-title-block.ts";

/** TOML front matter, as remark-frontmatter reads it. */
interface Toml extends Literal {
  type: "toml";
}

declare module "mdast" {
  interface FrontmatterContentMap {
    toml: Toml;
  }
  interface RootContentMap {
    toml: Toml;
  }
}

export interface FrontMatterData extends Matter {
  /** Where the block starts: the place of messages about a key it lacks. */
  start: Place;
}

declare module "vfile" {
  interface DataMap {
    frontMatter: FrontMatterData;
  }
}

/** The node types of front matter, which is data and never text. */
export const FRONT_MATTER = ["yaml", "toml", "multimarkdownHeader"];

const remarkReadFrontMatter: Plugin<[], Root> = function () {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(multimarkdownHeader);
  (data.fromMarkdownExtensions ??= []).push(multimarkdownHeaderFromMarkdown);
  return (tree, file) => {
    const node = tree.children[0];
    const start = { line: node?.position?.start.line ?? 1, column: 1 };
    // YAML and TOML start after their `---` or `+++` line, a MultiMarkdown header on its first.
    const text = node && "value" in node ? node.value : "";
    const matter =
      node?.type === "yaml"
        ? readYaml({ text, firstLine: start.line + 1 }, file)
        : node?.type === "toml"
          ? readToml({ text, firstLine: start.line + 1 }, file)
          : node?.type === "multimarkdownHeader"
            ? readMultimarkdown({ text, firstLine: start.line })
            : takePandocTitleBlock(tree, file);
    if (matter) file.data.frontMatter = { ...folioKeys(matter), start };
  };
};

export default remarkReadFrontMatter;
