import { describe, expect, test } from 'vitest';
import { columnLetter, columnOfHeader, FIGURE_COLUMNS, type FigureColumnKey } from './figure-columns.js';

describe('columnOfHeader', () => {
  test.each(Object.entries(FIGURE_COLUMNS) as [FigureColumnKey, { vi: string; en: string }][])('recognises the headers of %s', (key, column) => {
    expect(columnOfHeader(column.vi)).toBe(key);
    expect(columnOfHeader(column.en)).toBe(key);
    expect(columnOfHeader(column.vi.toUpperCase())).toBe(key);
  });

  test.each([
    ['unit', 'unit'],
    ['indicator', 'indicator'],
    ['unit_name', 'unitName'],
    ['ma chi so', 'indicator'],
    ['Mã  chỉ   số', 'indicator'],
    ['Ghi chú', undefined],
  ])('reads %s as %s', (header, key) => {
    expect(columnOfHeader(header)).toBe(key);
  });
});

describe('columnLetter', () => {
  test.each([
    [1, 'A'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
  ])('column %i is %s', (position, letters) => {
    expect(columnLetter(position)).toBe(letters);
  });
});
