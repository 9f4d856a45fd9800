/** The p-th percentile (nearest rank) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface LatencySummary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
}

export function summarise(samples: readonly number[]): LatencySummary {
  return { runs: samples.length, p50: percentile(samples, 50), p95: percentile(samples, 95), p99: percentile(samples, 99) };
}

/** Milliseconds with one decimal, or "–" for a missing measure. */
export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : '–');

/** Times `run` sequentially `runs` times after `warmUp` untimed runs, in milliseconds. */
export async function timeRuns(run: () => Promise<unknown>, runs: number, warmUp: number): Promise<number[]> {
  for (let index = 0; index < warmUp; index += 1) await run();
  const timings: number[] = [];
  for (let index = 0; index < runs; index += 1) {
    const started = performance.now();
    await run();
    timings.push(performance.now() - started);
  }
  return timings;
}
