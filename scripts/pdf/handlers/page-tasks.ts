// Paged.js 0.4.3 lays out one page per task of its queue and starts each task
// in an animation frame (utils/queue.js: its tick is requestAnimationFrame).
// A page laid out in less than a frame waits for the next one (16.7 ms at
// 60 Hz), and every frame first renders the document; a window that gets no
// frames (a tab behind another) does not lay out at all. Here each task
// starts as soon as the one before is done, in a task of its own (a message
// the page posts itself: setTimeout would wait 4 ms once nested), so Chromium
// still renders, and runs its observers, between pages.
import { type Chunker, Paged, type Polisher } from "./paged.ts";

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();

function nextTask(task: () => void): void {
  waiting.push(task);
  channel.port2.postMessage(null);
}

class PageTasks extends Paged.Handler {
  constructor(chunker: Chunker, polisher: Polisher, caller: unknown) {
    super(chunker, polisher, caller);
    chunker.q.tick = nextTask;
  }
}

Paged.registerHandlers(PageTasks);
