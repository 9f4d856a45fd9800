import { describe, expect, test } from 'vitest';
import { aggregateObservations, type ChildFigure } from './aggregate-observations.js';

const communes = ['29236', '29239', '29242'];

describe('aggregateObservations for rates', () => {
  test('recomputes the rate from summed numerators and denominators, not from the mean of rates', () => {
    const figures: ChildFigure[] = [
      { unitCode: '29236', value: 90, numerator: 90, denominator: 100 },
      { unitCode: '29239', value: 100, numerator: 10, denominator: 10 },
    ];
    const result = aggregateObservations('percent', ['29236', '29239'], figures);
    expect(result).toEqual({
      ok: true,
      value: 90.909090909,
      numerator: 100,
      denominator: 110,
      coverage: { expected: ['29236', '29239'], present: ['29236', '29239'], missing: [], complete: true },
    });
    expect(result.ok && result.value).not.toBe(95);
  });

  test('gives a round rate where the counts give one', () => {
    const figures: ChildFigure[] = [
      { unitCode: '29236', value: 98, numerator: 49, denominator: 50 },
      { unitCode: '29239', value: 98, numerator: 147, denominator: 150 },
    ];
    expect(aggregateObservations('percent', ['29236', '29239'], figures)).toMatchObject({ ok: true, value: 98, numerator: 196, denominator: 200 });
  });

  test.each([
    ['numerator', { unitCode: '29239', value: 95, denominator: 20 }],
    ['denominator', { unitCode: '29239', value: 95, numerator: 19 }],
    ['both (null)', { unitCode: '29239', value: 95, numerator: null, denominator: null }],
  ])('refuses when a child lacks its %s, naming the unit', (_missing, figure) => {
    const result = aggregateObservations('percent', communes, [{ unitCode: '29236', value: 90, numerator: 9, denominator: 10 }, figure]);
    expect(result).toMatchObject({ ok: false, code: 'missing_numerator_denominator', units: ['29239'] });
    expect(result.ok ? '' : result.messageVi).toMatch(/đơn vị 29239 thiếu tử số hoặc mẫu số/);
    expect(result.ok ? '' : result.messageEn).toMatch(/unit 29239 lacks a numerator or denominator/);
  });

  test('refuses denominators that sum to zero', () => {
    const result = aggregateObservations('percent', ['29236'], [{ unitCode: '29236', value: 0, numerator: 0, denominator: 0 }]);
    expect(result).toMatchObject({ ok: false, code: 'zero_denominator' });
  });

  test('computes a ratio the same way, without × 100', () => {
    const figures: ChildFigure[] = [
      { unitCode: '29236', value: 1.5, numerator: 30, denominator: 20 },
      { unitCode: '29239', value: 1, numerator: 10, denominator: 10 },
    ];
    expect(aggregateObservations('ratio', ['29236', '29239'], figures)).toMatchObject({ ok: true, value: 1.333333333, numerator: 40, denominator: 30 });
  });
});

describe('aggregateObservations for counts and money', () => {
  test('sums counts and reports which children are missing', () => {
    const result = aggregateObservations('count', communes, [
      { unitCode: '29236', value: 1200 },
      { unitCode: '29242', value: 800 },
    ]);
    expect(result).toEqual({
      ok: true,
      value: 2000,
      coverage: { expected: communes, present: ['29236', '29242'], missing: ['29239'], complete: false },
    });
  });

  test('sums money', () => {
    expect(aggregateObservations('money', ['a', 'b'], [{ unitCode: 'a', value: 1.5e9 }, { unitCode: 'b', value: 2e9 }])).toMatchObject({ ok: true, value: 3.5e9 });
  });

  test('refuses an incomplete set when asked to', () => {
    const result = aggregateObservations('count', communes, [{ unitCode: '29236', value: 1200 }], { requireComplete: true });
    expect(result).toMatchObject({ ok: false, code: 'incomplete', units: ['29239', '29242'] });
    expect(result.ok ? '' : result.messageVi).toBe('Thiếu số liệu của 2/3 đơn vị con: 29239, 29242.');
  });
});

describe('aggregateObservations refusals', () => {
  test.each(['ordinal', 'percentage_points'] as const)('refuses to add %s', (unit) => {
    const result = aggregateObservations(unit, ['a', 'b'], [{ unitCode: 'a', value: 3 }, { unitCode: 'b', value: 2 }]);
    expect(result).toMatchObject({ ok: false, code: 'not_additive' });
  });

  test('refuses when no child has a figure', () => {
    expect(aggregateObservations('count', communes, [])).toMatchObject({
      ok: false,
      code: 'no_data',
      coverage: { present: [], missing: communes, complete: false },
    });
  });

  test('refuses two figures for one child', () => {
    const result = aggregateObservations('count', communes, [{ unitCode: '29236', value: 1 }, { unitCode: '29236', value: 2 }]);
    expect(result).toMatchObject({ ok: false, code: 'duplicate_unit', units: ['29236'] });
  });

  test('refuses a figure of a unit that is not a child', () => {
    const result = aggregateObservations('count', communes, [{ unitCode: '99999', value: 1 }]);
    expect(result).toMatchObject({ ok: false, code: 'unexpected_unit', units: ['99999'] });
  });

  test.each([
    ['indicator', { indicator: 'dropout_rate' }, { indicator: 'repetition_rate' }],
    ['level', { level: 'thcs' }, { level: 'tieu_hoc' }],
    ['period', { period: '2023-2024' }, { period: '2024-2025' }],
  ])('refuses figures of different %s', (_key, a, b) => {
    const result = aggregateObservations('count', ['x', 'y'], [{ unitCode: 'x', value: 1, ...a }, { unitCode: 'y', value: 1, ...b }]);
    expect(result).toMatchObject({ ok: false, code: 'mixed_figures' });
  });
});
