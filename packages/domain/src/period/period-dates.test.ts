import { describe, expect, test } from 'vitest';
import { parsePeriod } from './period-key.js';
import { periodContains, periodContainsDate, periodEnd, periodRange, periodStart, schoolYearTeachingRange } from './period-dates.js';

describe('periodRange', () => {
  test.each([
    ['2024-2025', '2024-09-01', '2025-08-31'],
    ['2024-2025/HK1', '2024-09-01', '2025-01-31'],
    ['2024-2025/HK2', '2025-02-01', '2025-08-31'],
    ['2023', '2023-01-01', '2023-12-31'],
    ['2024-09', '2024-09-01', '2024-09-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-12', '2024-12-01', '2024-12-31'],
  ])('%s covers %s to %s', (key, start, end) => {
    const period = parsePeriod(key);
    expect(periodRange(period)).toEqual({ start, end });
    expect(periodStart(period)).toBe(start);
    expect(periodEnd(period)).toBe(end);
  });
});

describe('schoolYearTeachingRange', () => {
  test('runs from the opening on 5 September to 31 May', () => {
    expect(schoolYearTeachingRange(2024)).toEqual({ start: '2024-09-05', end: '2025-05-31' });
  });
});

describe('periodContainsDate', () => {
  test.each([
    ['2024-2025', '2024-08-31', false],
    ['2024-2025', '2024-09-01', true],
    ['2024-2025', '2025-06-10', true],
    ['2024-2025', '2025-08-31', true],
    ['2024-2025', '2025-09-01', false],
    ['2024-2025/HK1', '2025-01-13', true],
    ['2024-2025/HK1', '2025-02-01', false],
    ['2024-2025/HK2', '2025-01-31', false],
    ['2024-2025/HK2', '2025-02-01', true],
    ['2023', '2023-11-05', true],
    ['2023', '2024-01-01', false],
    ['2024-02', '2024-02-29', true],
    ['2024-02', '2024-03-01', false],
    ['2023', 'not a date', false],
  ])('%s contains %s: %s', (key, date, expected) => {
    expect(periodContainsDate(parsePeriod(key), date)).toBe(expected);
  });
});

describe('periodContains', () => {
  test.each([
    ['2024-2025', '2024-2025/HK1', true],
    ['2024-2025', '2024-2025/HK2', true],
    ['2024-2025', '2024-09', true],
    ['2024-2025', '2025-08', true],
    ['2024-2025', '2025-09', false],
    ['2024-2025/HK1', '2025-01', true],
    ['2024-2025/HK1', '2025-02', false],
    ['2024-2025', '2024-2025', true],
    ['2024-2025', '2024', false],
    ['2024', '2024-2025', false],
    ['2024', '2024-12', true],
    ['2024-2025/HK1', '2024-2025', false],
  ])('%s contains %s: %s', (outer, inner, expected) => {
    expect(periodContains(parsePeriod(outer), parsePeriod(inner))).toBe(expected);
  });

  test('puts every month of a school year in exactly one of its semesters', () => {
    const semesters = [parsePeriod('2024-2025/HK1'), parsePeriod('2024-2025/HK2')];
    const months = ['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'];
    for (const month of months) {
      expect(semesters.filter((semester) => periodContains(semester, parsePeriod(month)))).toHaveLength(1);
    }
  });
});
