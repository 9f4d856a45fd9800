import { describe, expect, test } from 'vitest';
import { DomainError } from '../validation/domain-error.js';
import type { Period } from './period.js';
import { formatPeriodKey, isPeriodKey, parsePeriod, tryParsePeriod } from './period-key.js';

const KEYS: [string, Period][] = [
  ['2024-2025', { kind: 'school_year', startYear: 2024 }],
  ['2022-2023', { kind: 'school_year', startYear: 2022 }],
  ['2023', { kind: 'calendar_year', year: 2023 }],
  ['2024-2025/HK1', { kind: 'semester', startYear: 2024, semester: 1 }],
  ['2024-2025/HK2', { kind: 'semester', startYear: 2024, semester: 2 }],
  ['2024-09', { kind: 'month', year: 2024, month: 9 }],
  ['2025-01', { kind: 'month', year: 2025, month: 1 }],
  ['2024-12', { kind: 'month', year: 2024, month: 12 }],
];

describe('parsePeriod', () => {
  test.each(KEYS)('reads %s', (key, period) => {
    expect(parsePeriod(key)).toEqual(period);
  });

  test.each([
    ['2024-2026', /hai năm liên tiếp.*"2024-2025".*consecutive years/],
    ['2025-2024', /hai năm liên tiếp.*consecutive years/],
    ['2024-2024', /hai năm liên tiếp/],
    ['2024-2026/HK1', /hai năm liên tiếp/],
    ['2024-13', /tháng 13 không tồn tại.*no month 13/],
    ['2024-00', /tháng 0 không tồn tại/],
    ['2024-2025/HK3', /dùng năm học.*use school year/],
    ['2024-2025/hk1', /dùng năm học/],
    ['2024 - 2025', /dùng năm học/],
    ['2024-9', /dùng năm học/],
    ['24-25', /dùng năm học/],
    [' 2023', /dùng năm học/],
    ['', /dùng năm học/],
    ['Năm học 2024-2025', /dùng năm học/],
    ['1850', /năm 1850 nằm ngoài khoảng 1900-2100.*outside/],
    ['2100-2101', /năm 2101 nằm ngoài/],
  ])('refuses %j, saying why in Vietnamese and English', (key, message) => {
    expect(() => parsePeriod(key)).toThrow(message);
  });

  test('throws a DomainError with a stable code and both messages', () => {
    try {
      parsePeriod('2024-2026');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'invalid_period_key',
        messageVi: 'Mã kỳ báo cáo «2024-2026» không hợp lệ: năm học phải gồm hai năm liên tiếp, như "2024-2025".',
        messageEn: 'Invalid period key "2024-2026": a school year spans two consecutive years, as in "2024-2025".',
      });
    }
  });
});

describe('tryParsePeriod and isPeriodKey', () => {
  test('return the period or null instead of throwing', () => {
    expect(tryParsePeriod('2023')).toEqual({ kind: 'calendar_year', year: 2023 });
    expect(tryParsePeriod('2023-2025')).toBeNull();
    expect(isPeriodKey('2024-2025/HK2')).toBe(true);
    expect(isPeriodKey('HK2')).toBe(false);
  });
});

describe('formatPeriodKey', () => {
  test.each(KEYS)('writes %s back', (key, period) => {
    expect(formatPeriodKey(period)).toBe(key);
  });

  test.each<Period>([
    { kind: 'month', year: 2024, month: 13 },
    { kind: 'month', year: 2024, month: 0 },
    { kind: 'calendar_year', year: 20245 },
    { kind: 'school_year', startYear: 2024.5 },
  ])('refuses %j', (period) => {
    expect(() => formatPeriodKey(period)).toThrow(DomainError);
  });
});
