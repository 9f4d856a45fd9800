import { describe, expect, test } from 'vitest';
import { formatDate, monthNameEn } from './format-date.js';

describe('formatDate', () => {
  test.each([
    ['2023-11-05', 'vi', '05/11/2023'],
    ['2025-01-13', 'vi', '13/01/2025'],
    ['2024-02-29', 'vi', '29/02/2024'],
    ['2023-11-05', 'en', '5 November 2023'],
    ['2025-06-10', 'en', '10 June 2025'],
  ] as const)('writes %s in %s as %j', (iso, lang, text) => {
    expect(formatDate(iso, lang)).toBe(text);
  });

  test('defaults to Vietnamese', () => {
    expect(formatDate('2024-09-06')).toBe('06/09/2024');
  });

  test.each(['2023-02-29', '05/11/2023', '2023-11-5', ''])('refuses %j with a message in both languages', (iso) => {
    expect(() => formatDate(iso)).toThrow(/không hợp lệ.*Invalid date/);
  });
});

describe('monthNameEn', () => {
  test.each([
    [1, 'January'],
    [9, 'September'],
    [12, 'December'],
  ])('names month %i %s', (month, name) => {
    expect(monthNameEn(month)).toBe(name);
  });

  test.each([0, 13])('refuses month %i', (month) => {
    expect(() => monthNameEn(month)).toThrow(/Tháng 13|Tháng 0/);
  });
});
