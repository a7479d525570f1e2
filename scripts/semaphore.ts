// How the build keeps the browser and Node busy together without holding
// every publication in memory: a publication renders while the next one is
// read, and only a few are in hand at once.

/** Lets at most `size` holders in at a time; each gets the function that lets the next one in. */
export function semaphore(size: number): () => Promise<() => void> {
  let free = size;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else free++;
  };
  return async () => {
    if (free > 0) free--;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    return release;
  };
}
