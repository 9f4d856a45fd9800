import { describe, expect, it } from 'vitest';
import type { Series } from '../data/site-data.js';
import { chartedSeries } from './trend-selection.js';

const series = (indicator: string, years: number): Series => ({
  indicator,
  unitCode: '848',
  level: 'thcs',
  query: 'q',
  points: Array.from({ length: years }, (_, i) => ({ period: `${2021 + i}-${2022 + i}`, value: 1, status: 'published', illustrative: true, recordedAt: null, target: null })),
});

describe('chartedSeries', () => {
  it('charts missed targets first, then met, then series without a target, keeping order within each', () => {
    const all = [series('a', 3), series('b', 3), series('c', 3), series('d', 3)];
    const status = { a: null, b: 'met', c: 'not_met', d: 'not_met' } as const;
    expect(chartedSeries(all, (s) => status[s.indicator as keyof typeof status]).map((s) => s.indicator)).toEqual(['c', 'd', 'b', 'a']);
  });

  it('leaves out series with fewer than two years', () => {
    expect(chartedSeries([series('a', 1), series('b', 2)], () => null).map((s) => s.indicator)).toEqual(['b']);
  });

  it('stops at the limit', () => {
    expect(chartedSeries([series('a', 2), series('b', 2), series('c', 2)], () => null, 2)).toHaveLength(2);
  });
});
