import { describe, expect, test } from 'vitest';
import { checkTargetMetAtBaseline, checkYearOnYearChange, DEFAULT_MAX_YEARLY_CHANGE } from './plausibility.js';

describe('checkYearOnYearChange', () => {
  test('allows 10 points by default', () => {
    expect(DEFAULT_MAX_YEARLY_CHANGE).toBe(10);
    expect(checkYearOnYearChange(95, { value: 85 }, { unit: 'percent' })).toEqual([]);
  });

  test('does not count float noise as a move beyond the limit', () => {
    expect(checkYearOnYearChange(95.3, { value: 85.3 }, { unit: 'percent' })).toEqual([]);
  });

  test('says when a rate fell', () => {
    const [found] = checkYearOnYearChange(80, { value: 95 }, { unit: 'percent' });
    expect(found?.messageVi).toBe('«Giá trị»: tỷ lệ giảm 15 điểm phần trăm so với năm trước (95% → 80%), quá 10 điểm: xin kiểm tra lại.');
  });

  test.each(['count', 'ordinal', 'percentage_points', 'ratio', 'money'] as const)('leaves %s alone', (unit) => {
    expect(checkYearOnYearChange(1000, { value: 1 }, { unit })).toEqual([]);
  });
});

describe('checkTargetMetAtBaseline', () => {
  test.each([
    [{ comparator: 'gt', value: 98 } as const, 'higher_is_better', 98.5, true],
    [{ comparator: 'gt', value: 98 } as const, 'higher_is_better', 98, false],
    [{ comparator: 'lte', value: 5 } as const, 'lower_is_better', 5, true],
    [{ comparator: 'between', value: 1, valueMax: 2 } as const, 'higher_is_better', 2, true],
  ] as const)('%j (%s) with baseline %d warns: %s', (target, direction, baseline, warns) => {
    expect(checkTargetMetAtBaseline(target, baseline, { direction }).map((found) => found.code)).toEqual(warns ? ['target_met_at_baseline'] : []);
  });

  test('does not warn about a middle band of a distribution, which is not judged on its own', () => {
    expect(checkTargetMetAtBaseline({ comparator: 'eq', value: 80 }, 80, { direction: 'neutral', distribution: 'primary_result' })).toEqual([]);
  });
});
