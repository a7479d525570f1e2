// The DevTools protocol over the pipe Chromium opens with
// --remote-debugging-pipe: JSON messages, each ended by a NUL byte, written
// to its file descriptor 3 and read from its descriptor 4. Puppeteer has such
// a transport, but only among its private modules; its public connect() takes
// any object of this shape (its `ConnectionTransport`).
import type { Readable, Writable } from "node:stream";
import type { ConnectionTransport } from "puppeteer-core";

export class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  /** Bytes of a message still arriving: kept as bytes so that a character split between chunks stays whole. */
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on("data", (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on("close", () => this.onclose?.());
  }

  send(message: string): void {
    if (this.closed) return; // a message to a browser we have let go of has nowhere to go
    this.toBrowser.write(`${message}\0`);
  }

  close(): void {
    this.closed = true;
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(this.pending).toString("utf8");
      this.pending = [];
      start = end + 1;
      if (!this.closed) this.onmessage?.(message);
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }
}
