import { describe, expect, test } from 'vitest';
import { parseNumber, parseViNumber } from './parse-number.js';

describe('parseViNumber', () => {
  test.each([
    ['23.800', 23800],
    ['11.500', 11500],
    ['5000', 5000],
    ['98,5', 98.5],
    ['12,5', 12.5],
    ['0,3', 0.3],
    ['06', 6],
    ['1.234.567,89', 1234567.89],
    ['-1,5', -1.5],
    ['\u22121,5', -1.5],
    ['+2', 2],
    [' 99,5 ', 99.5],
    ['0', 0],
    ['-0', 0],
  ])('reads %j as %d', (text, value) => {
    expect(parseViNumber(text)).toBe(value);
  });

  test.each(['', '1.5', '98.5', '1234.567', '1.23', '12,', ',5', '1,234,567', '23 800', '98,5%', 'abc', '1.2345', '--1'])(
    'refuses %j',
    (text) => {
      expect(parseViNumber(text)).toBeNull();
    },
  );
});

describe('parseNumber in English', () => {
  test.each([
    ['23,800', 23800],
    ['98.5', 98.5],
    ['1,234,567.5', 1234567.5],
    ['5000', 5000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text, 'en')).toBe(value);
  });

  test.each(['98,5', '1,5', '23.800,5'])('refuses %j', (text) => {
    expect(parseNumber(text, 'en')).toBeNull();
  });
});
