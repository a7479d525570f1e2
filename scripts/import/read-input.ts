// Reads the file to import as text. A saved page says its own encoding
// (`<meta charset="windows-1251">` is still common on Russian-language sites),
// so it is decoded with that; a text file must be UTF-8, as a manuscript must,
// or the import would write garbage into the manuscript without a word.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { UsageError } from "../errors.ts";

export interface Input {
  text: string;
  html: boolean;
}

export async function readInput(path: string, shown: string): Promise<Input> {
  const bytes = await readFile(path).catch(() => {
    throw new UsageError(`${shown}: no such file`);
  });
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const html =
    /^\.x?html?$/i.test(extname(path)) || /^\s*(?:<!doctype html|<html|<!--)/i.test(head);
  const declared = html ? /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] : undefined;
  try {
    return { text: new TextDecoder(declared ?? "utf-8", { fatal: true }).decode(bytes), html };
  } catch {
    throw new UsageError(
      `${shown}: the file is not ${declared ?? "UTF-8"} text: save it as UTF-8 and import it again`,
    );
  }
}
