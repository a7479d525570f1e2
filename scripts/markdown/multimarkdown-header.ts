// MultiMarkdown's metadata header, as Pandoc-era books (POSA, 500 Lines) and
// MultiMarkdown writers have it: `Key: value` lines at the very top of the file,
// keys in any case, a line indented under one continuing its value, ending at
// the first blank line or the first line that is neither. CommonMark reads
// such lines as a paragraph, and a `<markdown>` line right under them would be
// glued onto it, so the header is recognised by the parser itself: a micromark
// syntax extension and its mdast extension, as micromark-extension-frontmatter
// does for `---` blocks. The node's value is the header's text, read by
// remark-read-front-matter.
//
// A header must name its document, with a `title:` (or an author file's
// `name:`) key: "Note: this is …" opening an essay stays its first paragraph.
import type { Literal } from "mdast";
import type { Extension as FromMarkdownExtension } from "mdast-util-from-markdown";
import { asciiAlphanumeric, markdownLineEnding, markdownSpace } from "micromark-util-character";
import type { Code, Construct, Extension, State, TokenizeContext, Tokenizer } from "micromark-util-types";

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

declare module "micromark-util-types" {
  interface TokenTypeMap {
    multimarkdownHeader: "multimarkdownHeader";
    multimarkdownHeaderLine: "multimarkdownHeaderLine";
  }
}

/** The keys that make `Key: value` lines a header rather than text. */
const NAMING_KEYS = /^(?:title|name)[ \t]*:/i;
const COLON = 58;

/** A key: letters and digits, with spaces, `-`, `_` and `.` after the first. */
const keyCharacter = (code: Code) => asciiAlphanumeric(code) || code === 32 || code === 45 || code === 95 || code === 46;

const tokenizeHeader: Tokenizer = function (this: TokenizeContext, effects, ok, nok) {
  const self = this;
  let named = false;
  return start;

  function start(code: Code): State | undefined {
    const { line, column } = self.now();
    if (line !== 1 || column !== 1 || !asciiAlphanumeric(code)) return nok(code);
    effects.enter("multimarkdownHeader");
    effects.enter("multimarkdownHeaderLine");
    return key(code);
  }

  function key(code: Code): State | undefined {
    if (code === COLON) {
      effects.consume(code);
      return value;
    }
    if (!keyCharacter(code)) return nok(code);
    effects.consume(code);
    return key;
  }

  function value(code: Code): State | undefined {
    if (code !== null && !markdownLineEnding(code)) {
      effects.consume(code);
      return value;
    }
    if (NAMING_KEYS.test(self.sliceSerialize(effects.exit("multimarkdownHeaderLine")))) named = true;
    return code === null ? end(code) : effects.attempt(nextLine, value, end)(code);
  }

  function end(code: Code): State | undefined {
    if (!named) return nok(code);
    effects.exit("multimarkdownHeader");
    return ok(code);
  }
};

/** The line ending and the line after it, if that line continues the header. */
const tokenizeNextLine: Tokenizer = function (effects, ok, nok) {
  return (code) => {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    effects.enter("multimarkdownHeaderLine");
    return lineStart;
  };

  function lineStart(code: Code): State | undefined {
    if (markdownSpace(code)) return indent(code);
    return asciiAlphanumeric(code) ? key(code) : nok(code);
  }

  /** An indented line continues the value before it; a line of spaces ends the header. */
  function indent(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return indent;
    }
    return code === null || markdownLineEnding(code) ? nok(code) : rest(code);
  }

  function key(code: Code): State | undefined {
    if (code === COLON) return rest(code);
    if (!keyCharacter(code)) return nok(code);
    effects.consume(code);
    return key;
  }

  function rest(code: Code): State | undefined {
    if (code === null || markdownLineEnding(code)) return ok(code);
    effects.consume(code);
    return rest;
  }
};

const nextLine: Construct = { tokenize: tokenizeNextLine, partial: true };

/** The micromark extension: tried on the first line of a document only. */
export const multimarkdownHeader: Extension = {
  flow: { null: { name: "multimarkdownHeader", tokenize: tokenizeHeader, concrete: true } },
};

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
