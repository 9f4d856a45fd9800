import { UNIT_KIND_NAMES, type AdminUnit, type UnitSuccession } from './admin-unit.js';
import { AdminUnitDataError } from './admin-unit-data-error.js';
import { readCsvRecords } from './csv-records.js';
import { REFORM_DATE } from './unit-dates.js';

/** Columns of data/admin-units/successions-2025-07-01.csv, described in the README beside it. */
export const SUCCESSION_COLUMNS = ['old', 'new', 'relation', 'confidence', 'corrected'] as const;

/** Parses the old → new mapping of the reform, checking that each side names a unit of the right era. */
export function parseUnitSuccessions(
  text: string,
  units: ReadonlyMap<string, AdminUnit>,
  file = 'successions-2025-07-01.csv',
  effective = REFORM_DATE,
): UnitSuccession[] {
  return readCsvRecords(file, text, SUCCESSION_COLUMNS).map((record) => {
    const fail = (field: string, vi: string, en: string): never => {
      throw new AdminUnitDataError(file, record.line, field, vi, en);
    };
    const oldUnit = units.get(record.get('old'));
    if (!oldUnit || oldUnit.era !== 'pre-reform') {
      return fail('old', `không có đơn vị trước sắp xếp "${record.get('old')}"`, `no pre-reform unit "${record.get('old')}"`);
    }
    const newUnit = units.get(record.get('new'));
    if (!newUnit || newUnit.era !== 'post-reform') {
      return fail('new', `không có đơn vị sau sắp xếp "${record.get('new')}"`, `no post-reform unit "${record.get('new')}"`);
    }
    if (oldUnit.kind === 'province' ? newUnit.kind !== 'province' : newUnit.kind !== 'commune') {
      const from = UNIT_KIND_NAMES[oldUnit.kind];
      const to = UNIT_KIND_NAMES[newUnit.kind];
      fail('new', `đơn vị ${from.vi} không thể chuyển thành đơn vị ${to.vi}`, `a ${from.en} cannot pass into a ${to.en}`);
    }
    const relation = record.get('relation');
    if (relation !== 'full' && relation !== 'partial') {
      return fail('relation', `phải là full hoặc partial, nhận được "${relation}"`, `must be full or partial, got "${relation}"`);
    }
    const corrected = record.get('corrected');
    if (corrected !== '' && corrected !== '1') fail('corrected', `phải để trống hoặc 1`, `must be empty or 1`);
    const confidence = record.get('confidence');
    return {
      oldId: oldUnit.id,
      oldCode: oldUnit.code,
      oldKind: oldUnit.kind,
      newId: newUnit.id,
      newCode: newUnit.code,
      newKind: newUnit.kind,
      relation,
      effective,
      ...(confidence !== '' && { confidence }),
      ...(corrected === '1' && { corrected: true }),
    };
  });
}
