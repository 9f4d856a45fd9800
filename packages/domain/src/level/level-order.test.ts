import { describe, expect, test } from 'vitest';
import { LEVELS, type Level } from './level.js';
import { compareLevels, LEVEL_ORDER } from './level-order.js';

describe('LEVEL_ORDER', () => {
  test('holds every level once', () => {
    expect([...LEVEL_ORDER].sort()).toEqual([...LEVELS].sort());
  });

  test('sorts a whole before its parts, by age of pupils, and the whole sector last', () => {
    const levels: Level[] = ['all', 'thcs', 'mau_giao', 'gdtx', 'tieu_hoc', 'nha_tre', 'thpt', 'mam_non'];
    expect(levels.sort(compareLevels)).toEqual(['mam_non', 'nha_tre', 'mau_giao', 'tieu_hoc', 'thcs', 'thpt', 'gdtx', 'all']);
  });

  test.each([
    ['tieu_hoc', 'thcs', -1],
    ['thcs', 'tieu_hoc', 1],
    ['thcs', 'thcs', 0],
  ] as const)('compares %s with %s as %i in sign', (a, b, sign) => {
    expect(Math.sign(compareLevels(a, b))).toBe(sign);
  });
});
