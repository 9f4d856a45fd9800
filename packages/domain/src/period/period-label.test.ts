import { describe, expect, test } from 'vitest';
import { parsePeriod } from './period-key.js';
import { periodLabel } from './period-label.js';

describe('periodLabel', () => {
  test.each([
    ['2024-2025', 'Năm học 2024-2025', 'School year 2024-2025'],
    ['2024-2025/HK1', 'Học kỳ I năm học 2024-2025', 'Semester 1 of school year 2024-2025'],
    ['2024-2025/HK2', 'Học kỳ II năm học 2024-2025', 'Semester 2 of school year 2024-2025'],
    ['2023', 'Năm 2023', 'Year 2023'],
    ['2024-09', 'Tháng 9/2024', 'September 2024'],
    ['2025-01', 'Tháng 1/2025', 'January 2025'],
  ])('names %s "%s" and "%s"', (key, vi, en) => {
    expect(periodLabel(parsePeriod(key))).toBe(vi);
    expect(periodLabel(parsePeriod(key), 'en')).toBe(en);
  });
});
