// The bad manuscripts too big, too binary or too strange to keep as files in
// git: each is written into a case's manuscript/ folder when its test runs.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const FRONT = "---\ntitle: An essay\nauthor: Jane Doe\n---\n\n";

type Generator = (manuscript: string) => Promise<void>;

const write = (dir: string, text: string | Uint8Array) => writeFile(join(dir, "essay.md"), text);

export const GENERATED: Record<string, Generator> = {
  "latin-1": (dir) =>
    write(dir, Buffer.from(`${FRONT}Caf\xe9 society, na\xefve readers.\n`, "latin1")),
  "utf-16": (dir) =>
    write(
      dir,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${FRONT}Text.\n`, "utf16le")]),
    ),
  "binary-file": (dir) =>
    write(
      dir,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
      ]),
    ),
  "five-megabyte-paragraph": (dir) => write(dir, `${FRONT + "word ".repeat(1_000_000)}\n`),
  "line-of-100000-characters": (dir) => write(dir, `${FRONT + "x".repeat(100_000)}\n`),
  "nested-lists": (dir) =>
    write(dir, FRONT + Array.from({ length: 500 }, (_, i) => `${"  ".repeat(i)}- item\n`).join("")),
  "nested-quotes": (dir) => write(dir, `${FRONT}${">".repeat(500)} deep\n`),
  "long-address": (dir) =>
    write(
      dir,
      `${FRONT}A claim.[^a]\n\n[^a]: <https://example.org/${"path/to-a.page".repeat(140)}>\n`,
    ),
  "address-too-long-for-a-qr-code": (dir) =>
    write(
      dir,
      `${FRONT}A claim.[^a]\n\n[^a]: <https://example.org/${"path/to-a.page".repeat(256)}>\n`,
    ),
  "five-thousand-footnotes": (dir) =>
    write(
      dir,
      FRONT +
        Array.from(
          { length: 5000 },
          (_, i) => `Claim ${i}.[^n${i}]\n\n[^n${i}]: Note ${i}.\n`,
        ).join("\n"),
    ),
  "image-symlink-out": async (dir) => {
    await mkdir(join(dir, "images"));
    await symlink("/etc/hostname", join(dir, "images", "map.png"));
    await write(dir, `${FRONT}![A map](images/map.png)\n`);
  },
  "image-20000-pixels": async (dir) => {
    await mkdir(join(dir, "images"));
    await writeFile(join(dir, "images", "scan.png"), blankPng(20_000, 20_000));
    await write(dir, `${FRONT}![A scan of the report](images/scan.png)\n`);
  },
};

/** A valid one-bit grey PNG of the given size, all black: small on disk, huge in pixels. */
function blankPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]); // CRC unchecked by readers of size
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 1; // bit depth
  const row = Buffer.alloc(1 + Math.ceil(width / 8));
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
