import { describe, expect, test } from 'vitest';
import { summariseAttainments } from './summarise-attainments.js';

describe('summariseAttainments', () => {
  test('counts met, not met and no data apart', () => {
    const statuses = ['met', 'met', 'not_met', 'no_data', 'met', 'no_data'] as const;
    expect(summariseAttainments(statuses.map((status) => ({ status })))).toEqual({ total: 6, met: 3, notMet: 1, noData: 2, assessed: 4 });
  });

  test('gives zeros for an empty list', () => {
    expect(summariseAttainments([])).toEqual({ total: 0, met: 0, notMet: 0, noData: 0, assessed: 0 });
  });
});
