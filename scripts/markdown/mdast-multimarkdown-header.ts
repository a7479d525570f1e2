// The mdast side of a MultiMarkdown header (micromark-multimarkdown-header.ts
// recognises it): a `multimarkdownHeader` node whose value is the header's
// text, which remark-read-front-matter reads.
import type { Literal } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";

export interface MultimarkdownHeader extends Literal {
  type: "multimarkdownHeader";
}

declare module "mdast" {
  interface FrontmatterContentMap {
    multimarkdownHeader: MultimarkdownHeader;
  }
  interface RootContentMap {
    multimarkdownHeader: MultimarkdownHeader;
  }
}

/** The mdast extension: a `multimarkdownHeader` node holding the header's text. */
export const multimarkdownHeaderFromMarkdown: FromMarkdownExtension = {
  enter: {
    multimarkdownHeader(token) {
      this.enter({ type: "multimarkdownHeader", value: "" }, token);
    },
  },
  exit: {
    multimarkdownHeader(token) {
      const node = this.stack[this.stack.length - 1] as MultimarkdownHeader;
      node.value = this.sliceSerialize(token);
      this.exit(token);
    },
  },
};
