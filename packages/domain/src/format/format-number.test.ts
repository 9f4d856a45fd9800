import { describe, expect, test } from 'vitest';
import { formatDecimal, formatNumber, formatPercent } from './format-number.js';

describe('formatNumber', () => {
  test.each([
    [23800, '23.800'],
    [5000, '5.000'],
    [11500, '11.500'],
    [999, '999'],
    [1234567, '1.234.567'],
    [98.5, '98,5'],
    [12.25, '12,25'],
    [0.333333, '0,33'],
    [0, '0'],
    [-0, '0'],
    [-1234.5, '-1.234,5'],
  ])('writes %d as %j in Vietnamese', (value, text) => {
    expect(formatNumber(value)).toBe(text);
  });

  test.each([
    [23800, '23,800'],
    [98.5, '98.5'],
    [-1234.5, '-1,234.5'],
  ])('writes %d as %j in English', (value, text) => {
    expect(formatNumber(value, 'en')).toBe(text);
  });

  test('keeps as many decimals as asked', () => {
    expect(formatNumber(2 / 3, 'vi', { maximumFractionDigits: 4 })).toBe('0,6667');
    expect(formatNumber(99.5, 'vi', { maximumFractionDigits: 0 })).toBe('100');
  });

  test.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (value) => {
    expect(() => formatNumber(value)).toThrow(/không phải số.*not a number/);
  });
});

describe('formatDecimal', () => {
  test.each([
    [1.5, 2, 'vi', '1,50'],
    [1.5, 2, 'en', '1.50'],
    [23800, 1, 'vi', '23.800,0'],
    [0.004, 2, 'vi', '0,00'],
    [-0.004, 2, 'vi', '0,00'],
    [2, 0, 'vi', '2'],
  ] as const)('writes %d with %i decimals in %s as %j', (value, digits, lang, text) => {
    expect(formatDecimal(value, digits, lang)).toBe(text);
  });
});

describe('formatPercent', () => {
  test.each([
    [98.5, 'vi', '98,5%'],
    [100, 'vi', '100%'],
    [12.5, 'vi', '12,5%'],
    [99.5, 'vi', '99,5%'],
    [98.96, 'vi', '98,96%'],
    [98.5, 'en', '98.5%'],
    [0, 'en', '0%'],
  ] as const)('writes %d in %s as %j', (value, lang, text) => {
    expect(formatPercent(value, lang)).toBe(text);
  });
});
