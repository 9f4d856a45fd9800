import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with a byte order mark and ends lines with CRLF', () => {
    expect(toCsv(['a'], [{ a: 1 }])).toBe('\uFEFFa\r\n1\r\n');
  });

  it.each([
    ['Huyện Cầu Ngang', 'Huyện Cầu Ngang'],
    ['trên 98%, dưới 100%', '"trên 98%, dưới 100%"'],
    ['nói "đạt"', '"nói ""đạt"""'],
    ['hai\ndòng', '"hai\ndòng"'],
    [98.5, '98.5'],
    [null, ''],
    [true, 'true'],
  ])('writes the cell %j as %s', (cell, text) => {
    expect(toCsv(['c'], [{ c: cell }]).split('\r\n')[1]).toBe(text);
  });

  it('leaves a missing column empty', () => {
    expect(toCsv(['a', 'b'], [{ a: 'x' }])).toBe('\uFEFFa,b\r\nx,\r\n');
  });
});
