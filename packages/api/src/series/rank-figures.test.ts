import { getIndicator } from '@edu-vn/domain';
import { describe, expect, test } from 'vitest';
import type { Observation } from '../observation/observation.type.js';
import { rankFigures } from './build-district-comparison.js';

const figure = (value: number) => ({ value }) as Observation;
const rows = [
  { unitId: 'a', observation: figure(1.5) },
  { unitId: 'b', observation: null },
  { unitId: 'c', observation: figure(0.4) },
  { unitId: 'd', observation: figure(1.5) },
  { unitId: 'e', observation: figure(2.1) },
];

describe('rankFigures', () => {
  test('ranks lower-is-better figures lowest first, ties sharing a rank, districts without a figure last and unranked', () => {
    const ranked = rankFigures(getIndicator('dropout_rate'), rows);
    expect(ranked.map((row) => [row.unitId, row.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['d', 2],
      ['e', 4],
      ['b', null],
    ]);
  });

  test('ranks higher-is-better figures highest first', () => {
    const ranked = rankFigures(getIndicator('primary_completion_rate'), rows);
    expect(ranked.map((row) => [row.unitId, row.rank])).toEqual([
      ['e', 1],
      ['a', 2],
      ['d', 2],
      ['c', 4],
      ['b', null],
    ]);
  });

  test('gives no rank when the indicator has no better direction', () => {
    const ranked = rankFigures(getIndicator('enrolment_count'), rows);
    expect(ranked.map((row) => row.rank)).toEqual([null, null, null, null, null]);
    expect(ranked.map((row) => row.unitId)).toEqual(['e', 'a', 'd', 'c', 'b']);
  });
});
