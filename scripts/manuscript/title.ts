// A publication's title, printed once: the front matter's `title`; else the
// text's first heading when it is a `# Heading` (taken out of the text, see
// rehype-title-heading.ts); else the file's name made readable, with a
// warning: an RFC that opens with a list of its metadata still builds.
import type { Root } from "hast";
import type { VFile } from "vfile";
import { titleProcessor } from "../pipeline.ts";
import { slugOf } from "./find.ts";

/** `id`: where the title is printed, for links to the heading it was taken from (a chapter maps its ids itself). */
export async function titleOf(
  body: Root,
  file: VFile,
  path: string,
  given: string | undefined,
  id?: string,
): Promise<string> {
  await titleProcessor({ title: given, id }).run(body, file);
  const title = given ?? file.data.titleHeading?.text;
  if (title) return title;
  const words =
    slugOf(path)
      .replace(/^\d+(?:[-_. ]+|$)/, "")
      .replace(/[-_ ]+/g, " ")
      .trim() || slugOf(path);
  const name = words.charAt(0).toUpperCase() + words.slice(1);
  file.message(
    `No title: the front matter gives no \`title:\` and the text opens with no \`# Heading\`, so the file's name is the title, “${name}”; give it one with \`title: …\``,
    {
      place: { line: 1, column: 1 },
      ruleId: "front-matter-title",
      source: "title",
    },
  );
  return name;
}
