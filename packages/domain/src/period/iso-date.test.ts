import { describe, expect, test } from 'vitest';
import { daysInMonth, isoDate, parseIsoDate } from './iso-date.js';

describe('daysInMonth', () => {
  test.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2024, 4, 30],
    [2024, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('parseIsoDate', () => {
  test.each([
    ['2023-11-05', { year: 2023, month: 11, day: 5 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('reads %s', (text, parts) => {
    expect(parseIsoDate(text)).toEqual(parts);
  });

  test.each(['2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '2023-4-3', '05/11/2023', '2023-11-05T00:00:00Z', ''])(
    'refuses %j',
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
});

describe('isoDate', () => {
  test('pads month and day', () => {
    expect(isoDate(2024, 9, 1)).toBe('2024-09-01');
  });
});
