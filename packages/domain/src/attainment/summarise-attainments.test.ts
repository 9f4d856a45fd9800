import { describe, expect, test } from 'vitest';
import { summariseAttainments } from './summarise-attainments.js';

describe('summariseAttainments', () => {
  test('counts met, not met and no data apart', () => {
    const statuses = ['met', 'met', 'not_met', 'no_data', 'met', 'no_data'] as const;
    expect(summariseAttainments(statuses.map((status) => ({ status })))).toEqual({ total: 6, met: 3, notMet: 1, noData: 2, notAssessed: 0, assessed: 4 });
  });

  test('counts targets not assessed on their own apart, neither met nor not met', () => {
    const statuses = ['met', 'not_assessed', 'not_met', 'not_assessed', 'no_data'] as const;
    expect(summariseAttainments(statuses.map((status) => ({ status })))).toEqual({ total: 5, met: 1, notMet: 1, noData: 1, notAssessed: 2, assessed: 2 });
  });

  test('gives zeros for an empty list', () => {
    expect(summariseAttainments([])).toEqual({ total: 0, met: 0, notMet: 0, noData: 0, notAssessed: 0, assessed: 0 });
  });
});
