import { describe, expect, it } from 'vitest';
import { formatMargin, formatPeriod, formatTarget, formatValue } from './figures.js';

describe('formatValue', () => {
  it.each([
    [98.5, 'percent', 'vi', '98,5%'],
    [98.5, 'percent', 'en', '98.5%'],
    [23800, 'count', 'vi', '23.800'],
    [23800, 'count', 'en', '23,800'],
    [3, 'ordinal', 'vi', 'mức 3'],
    [0.5, 'percentage_points', 'vi', '0,5 điểm %'],
    [1250000, 'money', 'vi', '1.250.000 đồng'],
  ] as const)('writes %d %s in %s as %s', (value, unit, lang, text) => {
    expect(formatValue(value, unit, lang)).toBe(text);
  });

  it.each([
    [98, 'vi', '98,0%'],
    [98.1, 'en', '98.1%'],
  ] as const)('keeps one decimal of %d in %s when asked: %s', (value, lang, text) => {
    expect(formatValue(value, 'percent', lang, 1)).toBe(text);
  });
});

describe('formatTarget', () => {
  it.each([
    [{ comparator: 'gt', value: 98, valueMax: null, unit: 'percent' }, 'vi', 'trên 98%'],
    [{ comparator: 'lt', value: 1, valueMax: null, unit: 'percent' }, 'vi', 'dưới 1%'],
    [{ comparator: 'lte', value: 5, valueMax: null, unit: 'percent' }, 'vi', 'không quá 5%'],
    [{ comparator: 'gte', value: 99.5, valueMax: null, unit: 'percent' }, 'en', 'at least 99.5%'],
    [{ comparator: 'eq', value: 23800, valueMax: null, unit: 'count' }, 'vi', '23.800'],
    [{ comparator: 'between', value: 1, valueMax: 2, unit: 'count' }, 'vi', 'từ 1 đến 2'],
    [{ comparator: 'between', value: 1, valueMax: 2, unit: 'count' }, 'en', 'between 1 and 2'],
  ] as const)('writes %o in %s as %s', (target, lang, text) => {
    expect(formatTarget(target, lang)).toBe(text);
  });
});

describe('formatMargin', () => {
  it.each([
    [0.5, 'percent', 'vi', '+0,5 điểm %'],
    [-1.25, 'percent', 'en', '−1.25 pp'],
    [0, 'count', 'vi', '±0'],
    [-120, 'count', 'vi', '−120'],
    [-1, 'ordinal', 'vi', 'thiếu 1 mức'],
    [-1, 'ordinal', 'en', '1 level short'],
    [1, 'ordinal', 'vi', 'vượt 1 mức'],
    [1, 'ordinal', 'en', '1 level above'],
    [2, 'ordinal', 'en', '2 levels above'],
    [-2, 'ordinal', 'vi', 'thiếu 2 mức'],
    [0, 'ordinal', 'vi', 'đúng mức'],
    [0, 'ordinal', 'en', 'at the level'],
  ] as const)('writes %d %s in %s as %s', (margin, unit, lang, text) => {
    expect(formatMargin(margin, unit, lang)).toBe(text);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2024-2025', 'vi', '2024-2025'],
    ['2023', 'en', '2023'],
    ['2024-2025/HK1', 'vi', 'Học kỳ I 2024-2025'],
    ['2024-2025/HK2', 'en', 'Semester 2 2024-2025'],
    ['2024-09', 'vi', 'Tháng 9/2024'],
  ] as const)('writes %s in %s as %s', (period, lang, text) => {
    expect(formatPeriod(period, lang)).toBe(text);
  });
});
