import { describe, expect, test } from 'vitest';
import { LEVELS } from './level.js';
import { isPartOf, levelParts, parentLevel } from './level-parts.js';

describe('levelParts', () => {
  test('splits mầm non into nhà trẻ and mẫu giáo', () => {
    expect(levelParts('mam_non')).toEqual(['nha_tre', 'mau_giao']);
  });

  test('splits the whole sector into disjoint levels', () => {
    expect(levelParts('all')).toEqual(['mam_non', 'tieu_hoc', 'thcs', 'thpt', 'gdtx']);
  });

  test.each(['nha_tre', 'mau_giao', 'tieu_hoc', 'thcs', 'thpt', 'gdtx'] as const)('gives %s no parts', (level) => {
    expect(levelParts(level)).toEqual([]);
  });

  test('counts every level but the whole sector exactly once under the whole sector', () => {
    const below = LEVELS.filter((level) => level !== 'all');
    for (const level of below) expect(isPartOf(level, 'all')).toBe(true);
  });
});

describe('parentLevel', () => {
  test.each([
    ['nha_tre', 'mam_non'],
    ['mau_giao', 'mam_non'],
    ['mam_non', 'all'],
    ['tieu_hoc', 'all'],
    ['gdtx', 'all'],
    ['all', null],
  ] as const)('puts %s under %s', (level, parent) => {
    expect(parentLevel(level)).toBe(parent);
  });
});

describe('isPartOf', () => {
  test.each([
    ['nha_tre', 'mam_non', true],
    ['mau_giao', 'mam_non', true],
    ['nha_tre', 'all', true],
    ['mam_non', 'nha_tre', false],
    ['mam_non', 'mam_non', false],
    ['tieu_hoc', 'mam_non', false],
    ['thcs', 'thpt', false],
    ['all', 'all', false],
  ] as const)('%s is part of %s: %s', (part, whole, expected) => {
    expect(isPartOf(part, whole)).toBe(expected);
  });
});
