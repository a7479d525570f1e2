// The EPUB's container: a plain ZIP (OCF 3.2 §4), written here in one buffer with
// Node's own zlib. Every entry has the one date given, no extra fields and no folder
// entries, so the same files give the same bytes; `mimetype` is first and stored.
// The entries are deflated side by side in libuv's threads, which leaves the main
// thread free meanwhile (for the cover's messages to and from Chromium).
import { promisify } from "node:util";
import { deflateRaw } from "node:zlib";

const deflate = promisify(deflateRaw);

export interface ZipEntry {
  /** The path inside the zip, ASCII, with `/` between folders. */
  name: string;
  data: Uint8Array | string;
  /**
   * Stored as it is: `mimetype`, and files that are compressed already (WOFF2
   * fonts), which deflate would only make a few bytes bigger, slower.
   */
  store?: boolean;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** The entries as a ZIP file, in the order given, every one dated `date` (UTC, to the 2 s DOS time keeps). */
export async function zip(entries: ZipEntry[], date: Date): Promise<Uint8Array> {
  const { time, date: day } = dosDateTime(date);
  const encoder = new TextEncoder();
  const files = entries.map((entry) => (typeof entry.data === "string" ? encoder.encode(entry.data) : entry.data));
  const deflated = await Promise.all(entries.map((entry, i) => (entry.store ? undefined : deflate(files[i], { level: 9 }))));
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const [i, entry] of entries.entries()) {
    const name = encoder.encode(entry.name);
    const data = files[i];
    const crc = crc32(data);
    let method = STORED;
    let body = data;
    // Deflate that saves nothing (an image compressed already) is kept stored.
    const smaller = deflated[i];
    if (smaller && smaller.length < data.length) [method, body] = [DEFLATED, smaller];
    const version = method === DEFLATED ? 20 : 10;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(0, 6); // flags: ASCII name, sizes in the header
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28); // no extra field (OCF §4.3 asks none for mimetype)

    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL_HEADER, 0);
    header.writeUInt16LE(20, 4); // made by: MS-DOS, ZIP 2.0
    header.writeUInt16LE(version, 6);
    header.writeUInt16LE(0, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(time, 12);
    header.writeUInt16LE(day, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(name.length, 28);
    // extra field and comment lengths, disk number, internal and external attributes: 0
    header.writeUInt32LE(offset, 42);

    parts.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const bytes = Buffer.concat([...parts, ...central, end]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function dosDateTime(date: Date): { time: number; date: number } {
  // DOS dates start in 1980; an earlier SOURCE_DATE_EPOCH becomes its first day.
  const d = date.getUTCFullYear() < 1980 ? new Date(Date.UTC(1980, 0, 1)) : date;
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}

let table: Int32Array | undefined;

function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
