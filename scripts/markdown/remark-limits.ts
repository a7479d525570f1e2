// What no page can hold, found before any work is spent on it: a paragraph of
// megabytes (a paste gone wrong), a "word" of thousands of characters that no
// line can break, lists or quotes nested deeper than a page is wide, and a
// code fence never closed (the rest of the manuscript would print as code).
import type { Nodes, Root } from "mdast";
import type { Plugin } from "unified";
import { visitParents } from "unist-util-visit-parents";

const MAX_BLOCK = 100_000; // characters in one paragraph or heading
const MAX_WORD = 1_000; // characters without a space, outside code and links
const LONG_ADDRESS = 500; // characters in a web address: a warning
const MAX_DEPTH = 10; // lists and block quotes inside each other

const remarkLimits: Plugin<[], Root> = function () {
  return (tree, file) => {
    const source = String(file.value);
    const errors: { node: Nodes; reason: string; ruleId: string }[] = [];
    const fail = (node: Nodes, reason: string, ruleId: string) =>
      errors.push({ node, reason, ruleId });
    visitParents(tree, (node, ancestors) => {
      const { start, end } = node.position ?? {};
      const length = (end?.offset ?? 0) - (start?.offset ?? 0);
      if ((node.type === "paragraph" || node.type === "heading") && length > MAX_BLOCK) {
        fail(
          node,
          `A paragraph of ${length.toLocaleString("en")} characters: split it into paragraphs (at most ${MAX_BLOCK.toLocaleString("en")} characters each)`,
          "paragraph-too-long",
        );
        return "skip";
      }
      if (
        (node.type === "list" || node.type === "blockquote") &&
        ancestors.filter((a) => a.type === node.type).length >= MAX_DEPTH
      ) {
        fail(
          node,
          `Lists or quotes nested more than ${MAX_DEPTH} levels deep: a page is not wide enough; flatten them`,
          "nesting-too-deep",
        );
        return "skip";
      }
      if (node.type === "link" && node.url.length > LONG_ADDRESS) {
        file.message(
          `An address of ${node.url.length.toLocaleString("en")} characters: no reader will type it from paper; link a shorter one if there is one`,
          { place: node.position, ruleId: "address-too-long", source: "remark-limits" },
        );
      }
      if (node.type === "text" && !ancestors.some((a) => a.type === "link")) {
        const word = new RegExp(`\\S{${MAX_WORD + 1},}`).exec(node.value);
        if (word)
          fail(
            node,
            `A word of ${word[0].length.toLocaleString("en")} characters without a space: no line can hold it; check the text`,
            "word-too-long",
          );
      }
      if (
        node.type === "code" &&
        start &&
        end &&
        /^ {0,3}(```|~~~)/.test(source.slice(start.offset, end.offset)) &&
        !closed(source.slice(start.offset, end.offset))
      ) {
        file.message(
          `The code block opened on line ${start.line} is never closed: everything after it is printed as code; close it with a line of \`\`\``,
          { place: start, ruleId: "code-fence-unclosed", source: "remark-limits" },
        );
      }
    });
    // Stop here: turning megabytes that can't be set into HTML would only waste time.
    // file.fail() records the last error and throws it; the others are recorded first.
    for (const [i, { node, reason, ruleId }] of errors.entries()) {
      const options = { place: node.position, ruleId, source: "remark-limits" };
      if (i < errors.length - 1) file.message(reason, options).fatal = true;
      else file.fail(reason, options);
    }
  };
};

/** Whether a fenced code block's source ends with a closing fence of its kind (after the `>`s of the quotes it is in). */
function closed(code: string): boolean {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(code)![1];
  const lines = code.trimEnd().split("\n");
  return lines.length > 1 && lines[lines.length - 1].replace(/^[\s>]+/, "").startsWith(fence);
}

export default remarkLimits;
