// The one unified processor every manuscript goes through: Markdown with GFM
// and YAML front matter, parsed once, turned into one hast tree that every
// edition then copies and reshapes with its own rehype plugins.
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";

export function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ["yaml"])
    .use(remarkGfm)
    .use(remarkRehype, {
      // Plain ids (`fn-1`, `fnref-1`): the HTML is ours, not a web page's
      // user content, so GitHub's `user-content-` prefix has no use.
      clobberPrefix: "",
      // The front matter is data, not text: never let it reach an edition.
      handlers: { yaml: () => undefined },
    });
}

const processor = createProcessor();

export function parseMarkdown(file: VFile): MdastRoot {
  return processor.parse(file);
}

export async function toHast(tree: MdastRoot, file: VFile): Promise<HastRoot> {
  return processor.run(tree, file);
}
