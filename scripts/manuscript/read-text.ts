// Reads a manuscript file as UTF-8 text, refusing anything else with a
// positioned message: a Latin-1 or UTF-16 file read as UTF-8 would reach the
// reader as garbage, silently.
import { readFile } from "node:fs/promises";
import { VFile } from "vfile";

export async function readText(path: string, shownPath: string): Promise<VFile> {
  const bytes = await readFile(path);
  const file = new VFile({ path: shownPath });
  if (bytes.includes(0)) {
    const utf16 =
      (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
    file.message(
      utf16
        ? "The file is UTF-16 text: save it as UTF-8 (most editors offer this under “Save as” or “Encoding”)"
        : "The file is not text (it holds binary data): check that this is the manuscript you meant",
      { place: { line: 1, column: 1 }, ruleId: "encoding", source: "read-text" },
    ).fatal = true;
    return file;
  }
  try {
    file.value = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidByte(bytes);
    file.message(
      "The file is not UTF-8 text (Latin-1 or Windows-1252, perhaps): save it as UTF-8",
      {
        place: at,
        ruleId: "encoding",
        source: "read-text",
      },
    ).fatal = true;
  }
  return file;
}

/** The line and column of the first byte sequence that is not UTF-8. */
function firstInvalidByte(bytes: Uint8Array) {
  const text = new TextDecoder("utf-8").decode(bytes); // bad bytes become U+FFFD
  const before = text.slice(0, Math.max(0, text.indexOf("\uFFFD"))).split("\n");
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
