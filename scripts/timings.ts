// Where a build's time goes, stage by stage (`--verbose` prints the split).
// Stages that run side by side (two PDFs, the EPUB) each count their own
// time, so the split can add up to more than the wall time.
export class Timings {
  private readonly totals = new Map<string, number>();

  add(stage: string, ms: number): void {
    this.totals.set(stage, (this.totals.get(stage) ?? 0) + ms);
  }

  /** Times `work` as `stage`. */
  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - started);
    }
  }

  summary(): string {
    const parts = [...this.totals].map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)} s`);
    return `time: ${parts.join(", ")}`;
  }
}
