import { describe, expect, test } from 'vitest';
import { comparePeriodKeys } from './compare-periods.js';

describe('comparePeriodKeys', () => {
  test('orders periods by their first day, longer first on the same day', () => {
    const keys = ['2025-02', '2024-2025/HK2', '2024-09', '2024-2025/HK1', '2024-2025', '2025', '2025-01', '2023-2024', '2024', '2023'];
    expect([...keys].sort(comparePeriodKeys)).toEqual([
      '2023',
      '2023-2024',
      '2024',
      '2024-2025',
      '2024-2025/HK1',
      '2024-09',
      '2025',
      '2025-01',
      '2024-2025/HK2',
      '2025-02',
    ]);
  });

  test.each([
    ['2023-2024', '2024-2025', -1],
    ['2024-2025', '2023-2024', 1],
    ['2024-2025', '2024-2025', 0],
    ['2024-2025/HK1', '2024-2025/HK2', -1],
    ['2024-2025', '2024-2025/HK1', -1],
    ['2024-2025/HK1', '2024-09', -1],
    ['2024-12', '2024-2025/HK2', -1],
    ['2024', '2024-01', -1],
    ['2024-08', '2024-2025', -1],
  ])('compares %s with %s as %i in sign', (a, b, sign) => {
    expect(Math.sign(comparePeriodKeys(a, b))).toBe(sign);
  });

  test('throws on a malformed key', () => {
    expect(() => comparePeriodKeys('2024-2025', '2024/2025')).toThrow(/không hợp lệ/);
  });
});
