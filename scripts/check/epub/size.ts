// Send to Kindle takes files up to 50 MB (amazon.com/sendtokindle).
import { type Check, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";

const LIMIT = 50 * 1024 * 1024;

export const sizeCheck: Check<EpubContext> = {
  id: "kindle-size",
  title: "Send to Kindle: under 50 MB",
  async run({ bytes }) {
    const size = (await bytes()).length;
    return size < LIMIT
      ? []
      : [
          problem({
            message: `the EPUB weighs ${(size / 1024 / 1024).toFixed(1)} MB: Send to Kindle refuses files of 50 MB or more`,
          }),
        ];
  },
};
