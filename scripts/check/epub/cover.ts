// A cover Kindle shows: Amazon's converter takes it from the EPUB 2 style
// `<meta name="cover" content="id">`, which must name a JPEG or PNG in the
// manifest; EPUB 3's `properties="cover-image"` alone is not enough for it.
import { type Check, problem } from "../types.ts";
import type { EpubContext } from "./context.ts";
import { startTags } from "./read-epub.ts";

const IMAGE_TYPES = ["image/jpeg", "image/png"];

export const coverCheck: Check<EpubContext> = {
  id: "kindle-cover",
  title: 'Send to Kindle: <meta name="cover"> names a JPEG or PNG',
  async run({ epub }) {
    const book = await epub();
    const file = await book.opfPath();
    const meta = startTags(await book.text(file), "meta").find((m) => m.name === "cover");
    if (!meta)
      return [
        problem({
          file,
          message:
            'no <meta name="cover" content="…"/>: Kindle shows no cover (add one naming the cover image\'s manifest id)',
        }),
      ];
    const item = (await book.manifest()).find((i) => i.id === meta.content);
    if (!item)
      return [
        problem({
          file,
          message: `<meta name="cover"> names “${meta.content}”, which is no manifest item's id`,
        }),
      ];
    if (!IMAGE_TYPES.includes(item["media-type"])) {
      return [
        problem({
          file,
          message: `the cover “${item.href}” is ${item["media-type"]}, not a JPEG or PNG`,
        }),
      ];
    }
    const path = book.resolve(file, item.href);
    if (!book.names.includes(path))
      return [problem({ file, message: `the cover image ${path} is not in the EPUB` })];
    return [];
  },
};
