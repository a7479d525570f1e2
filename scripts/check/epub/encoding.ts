// Every XHTML file says it is UTF-8, and is: Kindle's converter reads a file
// without a declared encoding as Latin-1 and turns every accent into garbage.
import { type Check, type CheckMessage, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

const DECLARED = [
  /^\uFEFF?<\?xml\b[^>]*\bencoding\s*=\s*["']utf-8["']/i,
  /<meta\b[^>]*\bcharset\s*=\s*["']?utf-8/i,
];

export const encodingCheck: Check<EpubContext> = {
  id: "kindle-utf8",
  title: "Send to Kindle: every XHTML file declares UTF-8",
  async run({ epub }) {
    const book = await epub();
    const problems: CheckMessage[] = [];
    for (const file of book.names.filter((name) => /\.x?html?$/i.test(name))) {
      const bytes = await book.bytes(file);
      let text: string;
      try {
        text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        problems.push(problem({ file, message: "the file is not UTF-8 text" }));
        continue;
      }
      if (!DECLARED.some((pattern) => pattern.test(text))) {
        problems.push(
          problem({
            file,
            message:
              'no UTF-8 declaration: start the file with <?xml version="1.0" encoding="UTF-8"?>',
          }),
        );
      }
    }
    return problems;
  },
};
