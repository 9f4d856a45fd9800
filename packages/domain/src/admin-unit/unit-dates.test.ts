import { describe, expect, test } from 'vitest';
import type { AdminUnit } from './admin-unit.js';
import { PHUC_DIEN } from './admin-unit-fixtures.js';
import { assertIsoDate, isUnitValidOn, unitNameOn, unitParentIdOn } from './unit-dates.js';

/** Phường Nham Biền (07681) as units.csv has it: in district 221 in the 2024-05-01 snapshot, in 213 later. */
const namBien: AdminUnit = {
  ...PHUC_DIEN,
  id: '07681',
  code: '07681',
  name: 'Phường Nham Biền',
  shortName: 'Nham Biền',
  type: 'Phường',
  parentCode: '213',
  provinceCode: '24',
  parentId: '213',
  provinceId: '24',
  formerName: 'Thị trấn Nham Biền',
  formerParentId: '221',
};

describe('unit dates', () => {
  test.each([
    ['2000-01-01', true],
    ['2025-06-30', true],
    ['2025-07-01', false],
  ])('isUnitValidOn for a unit ending 2025-07-01 on %s is %s', (date, valid) => {
    expect(isUnitValidOn(PHUC_DIEN, date)).toBe(valid);
  });

  test.each([
    ['2025-06-30', false],
    ['2025-07-01', true],
    ['2030-01-01', true],
  ])('isUnitValidOn for a unit starting 2025-07-01 on %s is %s', (date, valid) => {
    expect(isUnitValidOn({ ...PHUC_DIEN, validFrom: '2025-07-01', validTo: null }, date)).toBe(valid);
  });

  test.each([
    ['2024-05-01', 'Xã Cẩm Phúc'],
    ['2025-02-28', 'Xã Cẩm Phúc'],
    ['2025-03-01', 'Xã Phúc Điền'],
  ])('unitNameOn %s is %s', (date, name) => {
    expect(unitNameOn(PHUC_DIEN, date)).toBe(name);
  });

  test.each([
    ['2024-05-01', '221'],
    ['2025-02-28', '221'],
    ['2025-03-01', '213'],
  ])('unitParentIdOn %s for Phường Nham Biền (07681, moved from district 221 to 213) is %s', (date, parentId) => {
    expect(unitParentIdOn(namBien, date)).toBe(parentId);
  });

  test.each(['2025-7-1', '2025-13-01', '01/07/2025', '2025-07-01T00:00'])('assertIsoDate rejects %j in both languages', (date) => {
    expect(() => assertIsoDate(date)).toThrow(`Ngày không hợp lệ "${date}", cần dạng YYYY-MM-DD / Invalid date "${date}"`);
  });
});
