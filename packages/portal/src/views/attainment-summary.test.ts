import { describe, expect, it } from 'vitest';
import { countAttainment, showsIllustrative } from './attainment-summary.js';
import type { Explanation, ObservationInfo } from '../data/site-data.js';

const actual = (illustrative: boolean): ObservationInfo => ({
  value: 1,
  numerator: null,
  denominator: null,
  status: 'published',
  revision: 1,
  source: 'báo cáo',
  illustrative,
  recordedAt: '2024-06-10',
  revisions: [],
});

const explanation = (illustrative: boolean): Explanation => ({ cause: 'c', remedy: 'r', causeEn: null, remedyEn: null, illustrative, recordedAt: '2024-06-20' });

describe('countAttainment', () => {
  it('counts each status, zero for the absent ones', () => {
    const rows = [{ attainment: { status: 'met' } }, { attainment: { status: 'met' } }, { attainment: { status: 'no_data' } }] as const;
    expect(countAttainment(rows)).toMatchObject({ met: 2, notMet: 0, noData: 1, total: 3 });
  });

  it('counts a middle band of a distribution as not assessed, neither met nor not met', () => {
    const rows = [{ attainment: { status: 'met' } }, { attainment: { status: 'not_assessed' } }, { attainment: { status: 'not_met' } }] as const;
    expect(countAttainment(rows)).toEqual({ total: 3, met: 1, notMet: 1, noData: 0, notAssessed: 1, assessed: 2 });
  });
});

describe('showsIllustrative', () => {
  it.each([
    [[{ actual: actual(false) }, { actual: null }], false],
    [[{ actual: actual(false) }, { actual: actual(true) }], true],
    [[{ illustrative: true }], true],
    [[{ actual: actual(false), explanation: explanation(false) }], false],
    [[{ actual: actual(false), explanation: explanation(true) }], true],
    [[{ actual: null, explanation: null }], false],
    [[], false],
  ])('answers for %j: %s', (items, expected) => {
    expect(showsIllustrative(items)).toBe(expected);
  });
});
