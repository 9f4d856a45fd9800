import { describe, expect, test } from 'vitest';
import type { Direction } from '../indicator/indicator.js';
import type { ParsedTarget } from '../target/target.js';
import { evaluateAttainment, roundToNano } from './evaluate-attainment.js';

type Case = [wording: string, target: Pick<ParsedTarget, 'comparator' | 'value' | 'valueMax'>, direction: Direction, observed: number, status: 'met' | 'not_met', margin: number];

const gt98 = { comparator: 'gt', value: 98 } as const;
const gte99 = { comparator: 'gte', value: 99 } as const;
const lt1 = { comparator: 'lt', value: 1 } as const;
const lte5 = { comparator: 'lte', value: 5 } as const;
const eq7 = { comparator: 'eq', value: 7 } as const;
const between1and2 = { comparator: 'between', value: 1, valueMax: 2 } as const;

describe('evaluateAttainment at every boundary', () => {
  test.each<Case>([
    ['trên 98%', gt98, 'higher_is_better', 98.1, 'met', 0.1],
    ['trên 98%', gt98, 'higher_is_better', 98.0, 'not_met', 0],
    ['trên 98%', gt98, 'higher_is_better', 97.9, 'not_met', -0.1],
    ['trên 98%', gt98, 'higher_is_better', 98.000000001, 'met', 1e-9],
    ['từ 99% trở lên', gte99, 'higher_is_better', 99, 'met', 0],
    ['từ 99% trở lên', gte99, 'higher_is_better', 98.99, 'not_met', -0.01],
    ['từ 99% trở lên', gte99, 'higher_is_better', 100, 'met', 1],
    ['dưới 1%', lt1, 'lower_is_better', 0.9, 'met', 0.1],
    ['dưới 1%', lt1, 'lower_is_better', 1.0, 'not_met', 0],
    ['dưới 1%', lt1, 'lower_is_better', 1.1, 'not_met', -0.1],
    ['dưới 1%', lt1, 'lower_is_better', 0, 'met', 1],
    ['không quá 5%', lte5, 'lower_is_better', 5.0, 'met', 0],
    ['không quá 5%', lte5, 'lower_is_better', 4.9, 'met', 0.1],
    ['không quá 5%', lte5, 'lower_is_better', 5.01, 'not_met', -0.01],
    ['07/07 xã', eq7, 'higher_is_better', 7, 'met', 0],
    ['07/07 xã', eq7, 'higher_is_better', 6, 'not_met', -1],
    ['07/07 xã', eq7, 'higher_is_better', 8, 'not_met', 1],
    ['= 7, lower is better', eq7, 'lower_is_better', 6, 'not_met', 1],
    ['= 7, neutral', eq7, 'neutral', 6, 'not_met', -1],
    ['= 7, neutral', eq7, 'neutral', 8, 'not_met', -1],
    ['= 7, neutral', eq7, 'neutral', 7, 'met', 0],
    ['01-02 xã', between1and2, 'higher_is_better', 0, 'not_met', -1],
    ['01-02 xã', between1and2, 'higher_is_better', 1, 'met', 0],
    ['01-02 xã', between1and2, 'higher_is_better', 1.5, 'met', 0.5],
    ['01-02 xã', between1and2, 'higher_is_better', 2, 'met', 0],
    ['01-02 xã', between1and2, 'higher_is_better', 3, 'not_met', -1],
    ['01-02 xã, lower is better', between1and2, 'lower_is_better', 3, 'not_met', -1],
    ['01-02 xã, neutral', between1and2, 'neutral', 1.25, 'met', 0.25],
    ['đạt 100%', { comparator: 'gte', value: 100 }, 'higher_is_better', 100, 'met', 0],
    ['đạt 100%', { comparator: 'gte', value: 100 }, 'higher_is_better', 99.99, 'not_met', -0.01],
    ['mức độ 3', { comparator: 'gte', value: 3 }, 'higher_is_better', 2, 'not_met', -1],
    ['giảm 0,5% (reduction achieved)', { comparator: 'gte', value: 0.5 }, 'higher_is_better', 0.6, 'met', 0.1],
    ['giảm 0,5% (rate went up)', { comparator: 'gte', value: 0.5 }, 'higher_is_better', -0.2, 'not_met', -0.7],
    ['trên 30%, neutral', { comparator: 'gt', value: 30 }, 'neutral', 31, 'met', 1],
    ['dưới 1%, neutral', lt1, 'neutral', 0.5, 'met', 0.5],
    ['không quá 5%, neutral', lte5, 'neutral', 6, 'not_met', -1],
  ])('%s with %j (%s) and %d: %s, margin %d', (_wording, target, direction, observed, status, margin) => {
    expect(evaluateAttainment(target, { value: observed }, direction)).toEqual({ status, margin, observed, illustrative: false });
  });
});

describe('evaluateAttainment and floating point', () => {
  test('reads 98.1 against "trên 98%" as a margin of exactly 0.1', () => {
    expect(98.1 - 98).not.toBe(0.1);
    expect(evaluateAttainment(gt98, { value: 98.1 }, 'higher_is_better').margin).toBe(0.1);
  });

  test('does not let float noise from 100 × n / d meet "trên 99%"', () => {
    const rate = (100 * 99) / 100 + 1e-14;
    expect(rate).toBeGreaterThan(99);
    expect(evaluateAttainment({ comparator: 'gt', value: 99 }, { value: rate }, 'higher_is_better')).toMatchObject({ status: 'not_met', margin: 0 });
  });

  test('does not let float noise fail "từ 99% trở lên"', () => {
    const rate = 99 - 1e-13;
    expect(evaluateAttainment(gte99, { value: rate }, 'higher_is_better')).toMatchObject({ status: 'met', margin: 0 });
  });

  test('never gives a negative zero margin', () => {
    expect(Object.is(evaluateAttainment(lte5, { value: 5 }, 'higher_is_better').margin, 0)).toBe(true);
    expect(Object.is(evaluateAttainment(lte5, { value: 5 }, 'lower_is_better').margin, 0)).toBe(true);
    expect(Object.is(roundToNano(-1e-12), 0)).toBe(true);
  });
});

describe('evaluateAttainment without data', () => {
  test.each([null, undefined])('gives no_data for %s, not not_met', (observation) => {
    expect(evaluateAttainment(gt98, observation, 'higher_is_better')).toEqual({ status: 'no_data', margin: null, observed: null, illustrative: false });
  });

  test('refuses a value that is not a number', () => {
    expect(() => evaluateAttainment(gt98, { value: Number.NaN }, 'higher_is_better')).toThrow(/không phải là số.*not a number/);
  });

  test('refuses a "between" target without its upper bound', () => {
    expect(() => evaluateAttainment({ comparator: 'between', value: 1 }, { value: 1 }, 'higher_is_better')).toThrow(/cận trên/);
  });
});

describe('evaluateAttainment and illustrative figures', () => {
  test('carries the illustrative flag of the observation', () => {
    expect(evaluateAttainment(gt98, { value: 99, illustrative: true }, 'higher_is_better')).toMatchObject({ status: 'met', illustrative: true });
  });
});

describe('evaluateAttainment of a middle band of a distribution', () => {
  const band = { direction: 'neutral', distribution: 'primary_result' } as const;
  const eq80 = { comparator: 'eq', value: 80 } as const;

  test.each([79.99, 80, 80.01, 81.21])('does not judge "Đạt 80%" on its own at %s, and keeps the observed value', (observed) => {
    expect(evaluateAttainment(eq80, { value: observed, illustrative: true }, band)).toEqual({ status: 'not_assessed', margin: null, observed, illustrative: true });
  });

  test('does not judge it without data either', () => {
    expect(evaluateAttainment(eq80, null, band)).toEqual({ status: 'not_assessed', margin: null, observed: null, illustrative: false });
  });

  test.each<[string, { direction: Direction; distribution?: string | null }, Pick<ParsedTarget, 'comparator' | 'value'>, number, 'met' | 'not_met']>([
    ['the best band (higher is better)', { direction: 'higher_is_better', distribution: 'primary_result' }, { comparator: 'gte', value: 20 }, 19.99, 'not_met'],
    ['the worst band (lower is better)', { direction: 'lower_is_better', distribution: 'primary_result' }, { comparator: 'lte', value: 0 }, 0, 'met'],
    ['a neutral indicator outside any distribution', { direction: 'neutral' }, eq80, 79.99, 'not_met'],
    ['a neutral indicator whose distribution is null', { direction: 'neutral', distribution: null }, eq80, 80, 'met'],
  ])('still judges %s', (_kind, indicator, target, observed, status) => {
    expect(evaluateAttainment(target, { value: observed }, indicator).status).toBe(status);
  });

  test('judges the same as the direction alone when the indicator is judged on its own', () => {
    expect(evaluateAttainment(eq80, { value: 80 }, { direction: 'neutral' })).toEqual(evaluateAttainment(eq80, { value: 80 }, 'neutral'));
  });
});
