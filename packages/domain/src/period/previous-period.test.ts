import { describe, expect, test } from 'vitest';
import { formatPeriodKey, parsePeriod } from './period-key.js';
import { previousPeriod, samePeriodPreviousYear } from './previous-period.js';

describe('previousPeriod', () => {
  test.each([
    ['2024-2025', '2023-2024'],
    ['2023', '2022'],
    ['2024-2025/HK2', '2024-2025/HK1'],
    ['2024-2025/HK1', '2023-2024/HK2'],
    ['2024-09', '2024-08'],
    ['2025-01', '2024-12'],
  ])('goes from %s to %s', (key, previous) => {
    expect(formatPeriodKey(previousPeriod(parsePeriod(key)))).toBe(previous);
  });
});

describe('samePeriodPreviousYear', () => {
  test.each([
    ['2024-2025', '2023-2024'],
    ['2023', '2022'],
    ['2024-2025/HK2', '2023-2024/HK2'],
    ['2024-2025/HK1', '2023-2024/HK1'],
    ['2024-09', '2023-09'],
    ['2025-01', '2024-01'],
  ])('goes from %s to %s', (key, previous) => {
    expect(formatPeriodKey(samePeriodPreviousYear(parsePeriod(key)))).toBe(previous);
  });
});
