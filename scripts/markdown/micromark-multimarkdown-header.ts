// MultiMarkdown's metadata header, as Pandoc-era books (POSA, 500 Lines) and
// MultiMarkdown writers have it: `Key: value` lines at the very top of the file,
// keys in any case, a line indented under one continuing its value, ending at
// the first blank line or the first line that is neither. CommonMark reads
// such lines as a paragraph, and a `<markdown>` line right under them would be
// glued onto it, so the parser itself recognises the header: this micromark
// syntax extension, with mdast-multimarkdown-header.ts, as
// micromark-extension-frontmatter does for `---` blocks.
//
// A header must name its document, with a `title:` (or an author file's
// `name:`) key: "Note: this is …" opening an essay stays its first paragraph.
import { asciiAlphanumeric, markdownLineEnding, markdownSpace } from "micromark-util-character";
import type {
  Code,
  Construct,
  Effects,
  Extension,
  State,
  TokenizeContext,
  Tokenizer,
} from "micromark-util-types";

declare module "micromark-util-types" {
  interface TokenTypeMap {
    multimarkdownHeader: "multimarkdownHeader";
    multimarkdownHeaderLine: "multimarkdownHeaderLine";
    multimarkdownHeaderKey: "multimarkdownHeaderKey";
  }
}

/** The keys that make `Key: value` lines a header rather than text. */
const NAMING_KEYS = /^(?:title|name)[ \t]*$/i;
const COLON = 58;

/** A key: letters and digits, with spaces, `-`, `_` and `.` after the first. */
const keyCharacter = (code: Code) =>
  asciiAlphanumeric(code) || code === 32 || code === 45 || code === 95 || code === 46;

const tokenizeHeader: Tokenizer = function (effects, ok, nok) {
  const self = this;
  return start;

  function start(code: Code): State | undefined {
    const { line, column } = self.now();
    if (line !== 1 || column !== 1) return nok(code);
    effects.enter("multimarkdownHeader");
    return effects.attempt(entry, lineEnd, nok)(code);
  }

  function lineEnd(code: Code): State | undefined {
    return code === null ? end(code) : effects.attempt(nextLine, lineEnd, end)(code);
  }

  function end(code: Code): State | undefined {
    if (!named(self)) return nok(code);
    effects.exit("multimarkdownHeader");
    return ok(code);
  }
};

/** Whether one of the header's keys, read so far, names the document. */
function named(context: TokenizeContext): boolean {
  for (let i = context.events.length - 1; i >= 0; i--) {
    const [kind, token] = context.events[i];
    if (token.type === "multimarkdownHeader") return false;
    if (
      kind === "enter" &&
      token.type === "multimarkdownHeaderKey" &&
      NAMING_KEYS.test(context.sliceSerialize(token))
    )
      return true;
  }
  return false;
}

/** A `Key: value` line, up to its line ending. */
const tokenizeEntry: Tokenizer = function (effects, ok, nok) {
  return (code) => {
    if (!asciiAlphanumeric(code)) return nok(code);
    effects.enter("multimarkdownHeaderLine");
    effects.enter("multimarkdownHeaderKey");
    return key(code);
  };

  function key(code: Code): State | undefined {
    if (code === COLON) {
      effects.exit("multimarkdownHeaderKey");
      return rest(effects, ok)(code);
    }
    if (!keyCharacter(code)) return nok(code);
    effects.consume(code);
    return key;
  }
};

/** The line ending and the line after it, if that line continues the header: an entry, or an indented line continuing a value. */
const tokenizeNextLine: Tokenizer = function (effects, ok, nok) {
  return (code) => {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineStart;
  };

  function lineStart(code: Code): State | undefined {
    if (!markdownSpace(code)) return effects.attempt(entry, ok, nok)(code);
    effects.enter("multimarkdownHeaderLine");
    return indent(code);
  }

  /** A line of spaces alone is a blank line: it ends the header. */
  function indent(code: Code): State | undefined {
    if (markdownSpace(code)) {
      effects.consume(code);
      return indent;
    }
    return code === null || markdownLineEnding(code) ? nok(code) : rest(effects, ok)(code);
  }
};

/** The rest of a line, to its line ending, which closes the line's token. */
function rest(effects: Effects, ok: State): State {
  const inside = (code: Code): State | undefined => {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("multimarkdownHeaderLine");
      return ok(code);
    }
    effects.consume(code);
    return inside;
  };
  return inside;
}

const entry: Construct = { tokenize: tokenizeEntry, partial: true };
const nextLine: Construct = { tokenize: tokenizeNextLine, partial: true };

/** The micromark extension: tried on the first line of a document only. */
export const multimarkdownHeader: Extension = {
  flow: { null: { name: "multimarkdownHeader", tokenize: tokenizeHeader, concrete: true } },
};
