// File names in plain ASCII, without spaces: readers and Kindle's converter
// mangle other names, and links to them break.
import { type Check, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

const SAFE = /^[A-Za-z0-9._/-]+$/;

export const fileNamesCheck: Check<EpubContext> = {
  id: "kindle-file-names",
  title: "Send to Kindle: every file name in ASCII, without spaces",
  async run({ epub }) {
    return (await epub()).names
      .filter((name) => !SAFE.test(name))
      .map((file) =>
        problem({
          file,
          message: "the name has characters other than ASCII letters, digits, . _ - and /",
        }),
      );
  },
};
