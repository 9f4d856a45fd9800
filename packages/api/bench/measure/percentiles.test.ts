import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './percentiles.ts';

describe('percentile', () => {
  it.each([
    [50, 50],
    [95, 95],
    [99, 99],
    [100, 100],
    [1, 1],
  ])('p%i of 1…100 is %i (nearest rank)', (p, expected) => {
    expect(percentile(Array.from({ length: 100 }, (_, index) => 100 - index), p)).toBe(expected);
  });

  it('is NaN without samples', () => {
    expect(summarise([]).p50).toBeNaN();
  });
});
