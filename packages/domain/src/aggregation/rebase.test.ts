import { describe, expect, test } from 'vitest';
import type { UnitSuccession } from '../admin-unit/admin-unit.js';
import { rebase } from './rebase.js';

type Link = Pick<UnitSuccession, 'oldCode' | 'newCode' | 'relation'>;

const successions: Link[] = [
  { oldCode: 'A', newCode: 'N1', relation: 'full' },
  { oldCode: 'B', newCode: 'N1', relation: 'full' },
  { oldCode: 'C', newCode: 'N2', relation: 'partial' },
  { oldCode: 'D', newCode: 'N2', relation: 'full' },
  { oldCode: 'C', newCode: 'N3', relation: 'partial' },
];

describe('rebase', () => {
  test('sums the old units that went wholly into the new one', () => {
    const result = rebase('count', 'N1', successions, [
      { unitCode: 'A', value: 300 },
      { unitCode: 'B', value: 200 },
      { unitCode: 'D', value: 999 },
    ]);
    expect(result).toEqual({ ok: true, value: 500, coverage: { expected: ['A', 'B'], present: ['A', 'B'], missing: [], complete: true } });
  });

  test('recomputes a rate from the old units numerators and denominators', () => {
    const result = rebase('percent', 'N1', successions, [
      { unitCode: 'A', value: 98, numerator: 98, denominator: 100 },
      { unitCode: 'B', value: 100, numerator: 50, denominator: 50 },
    ]);
    expect(result).toMatchObject({ ok: true, value: 98.666666667, numerator: 148, denominator: 150 });
  });

  test('refuses when an old unit went into the new one only in part', () => {
    const result = rebase('count', 'N2', successions, [
      { unitCode: 'C', value: 100 },
      { unitCode: 'D', value: 100 },
    ]);
    expect(result).toMatchObject({ ok: false, code: 'partial_succession', units: ['C'] });
    expect(result.ok ? '' : result.messageVi).toBe('Không tính lại được số liệu cho đơn vị N2: đơn vị cũ C chỉ nhập một phần vào đơn vị này.');
    expect(result.ok ? '' : result.messageEn).toBe('Cannot rebase figures to unit N2: former unit C went into it only in part.');
  });

  test('refuses when an old unit has no figure, rather than undercount', () => {
    const result = rebase('count', 'N1', successions, [{ unitCode: 'A', value: 300 }]);
    expect(result).toMatchObject({ ok: false, code: 'incomplete', units: ['B'] });
  });

  test('refuses a unit no old unit went into', () => {
    expect(rebase('count', 'N9', successions, [])).toMatchObject({ ok: false, code: 'no_predecessors' });
  });

  test('refuses ordinal levels even when every old unit went in whole', () => {
    const result = rebase('ordinal', 'N1', successions, [{ unitCode: 'A', value: 3 }, { unitCode: 'B', value: 3 }]);
    expect(result).toMatchObject({ ok: false, code: 'not_additive' });
  });
});
