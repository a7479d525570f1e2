// The editions and the names of their files: what the build writes, the
// check looks for and the download page lists. Apart from editions.ts, which
// makes them, so that those readers load nothing of the making.
import type { Edition } from "../model.ts";

export const EDITIONS: Edition[] = ["pdf", "handout", "epub"];

export function outputName(slug: string, edition: Edition): string {
  return { pdf: `${slug}.pdf`, handout: `${slug}-handout.pdf`, epub: `${slug}.epub` }[edition];
}
