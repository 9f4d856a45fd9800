import { UNIT_KIND_NAMES, type AdminUnit, type UnitEra, type UnitKind } from './admin-unit.js';
import { AdminUnitDataError } from './admin-unit-data-error.js';
import { readCsvRecords } from './csv-records.js';
import { assertIsoDate } from './unit-dates.js';
import { parseUnitId } from './unit-id.js';

/** Columns of data/admin-units/units.csv, described in the README beside it. */
export const UNIT_COLUMNS = ['id', 'name', 'short', 'type', 'parent', 'from', 'to', 'was_name', 'was_parent'] as const;

const KIND_BY_CODE_LENGTH: Record<UnitEra, Partial<Record<number, UnitKind>>> = {
  'pre-reform': { 2: 'province', 3: 'district', 5: 'commune' },
  'post-reform': { 2: 'province', 5: 'commune' },
};

const PARENT_KIND: Record<UnitEra, Record<UnitKind, UnitKind | null>> = {
  'pre-reform': { province: null, district: 'province', commune: 'district' },
  'post-reform': { province: null, district: null, commune: 'province' },
};

/** The prefix GSO writes before a short name; a centrally-run city is written "Thành phố …". */
function namePrefix(type: string): string {
  return type === 'Thành phố Trung ương' ? 'Thành phố' : type;
}

interface Pending {
  unit: AdminUnit;
  line: number;
}

/** Parses the compact units file into units with ids, kinds, parents, provinces and validity dates. */
export function parseAdminUnits(text: string, file = 'units.csv'): AdminUnit[] {
  const pending: Pending[] = [];
  const byId = new Map<string, Pending>();

  for (const record of readCsvRecords(file, text, UNIT_COLUMNS)) {
    const fail = (field: string, vi: string, en: string): never => {
      throw new AdminUnitDataError(file, record.line, field, vi, en);
    };
    const id = record.get('id');
    const parsed = parseUnitId(id);
    if (!parsed) return fail('id', `mã "${id}" không hợp lệ`, `id "${id}" is not well formed`);
    const kind = KIND_BY_CODE_LENGTH[parsed.era][parsed.code.length];
    if (!kind) return fail('id', `mã "${id}" có độ dài không đúng`, `id "${id}" has a code of unexpected length`);
    if (byId.has(id)) return fail('id', `mã "${id}" bị lặp`, `id "${id}" is repeated`);

    const name = record.get('name');
    const type = record.get('type');
    if (name === '') fail('name', 'thiếu tên', 'name is empty');
    if (type === '') fail('type', 'thiếu loại', 'type is empty');
    let shortName = record.get('short');
    if (shortName === '') {
      const prefix = `${namePrefix(type)} `;
      if (!name.startsWith(prefix)) {
        fail('short', `cần tên ngắn vì tên không bắt đầu bằng "${prefix}"`, `a short name is needed because the name does not start with "${prefix}"`);
      }
      shortName = name.slice(prefix.length);
    }

    const parentId = record.get('parent') || null;
    const expectedParent = PARENT_KIND[parsed.era][kind];
    if (expectedParent === null && parentId !== null) fail('parent', 'đơn vị này không có cấp trên', 'this unit has no parent');
    if (expectedParent !== null && parentId === null) {
      fail('parent', `cần đơn vị ${UNIT_KIND_NAMES[expectedParent].vi} cấp trên`, `a ${UNIT_KIND_NAMES[expectedParent].en} parent is required`);
    }

    const validFrom = record.get('from') || null;
    const validTo = record.get('to') || null;
    for (const [field, date] of [['from', validFrom], ['to', validTo]] as const) {
      if (date === null) continue;
      try {
        assertIsoDate(date);
      } catch {
        fail(field, `ngày "${date}" không hợp lệ`, `date "${date}" is not an ISO date`);
      }
    }
    if (validFrom !== null && validTo !== null && validFrom >= validTo) {
      fail('to', `ngày kết thúc ${validTo} không sau ngày bắt đầu ${validFrom}`, `end ${validTo} is not after start ${validFrom}`);
    }

    const formerName = record.get('was_name');
    const formerParentId = record.get('was_parent');
    if (parsed.era === 'post-reform' && (formerName !== '' || formerParentId !== '')) {
      fail(formerName !== '' ? 'was_name' : 'was_parent', 'chỉ dùng cho đơn vị trước sắp xếp', 'only pre-reform units have former values');
    }

    const unit: AdminUnit = {
      id,
      era: parsed.era,
      code: parsed.code,
      kind,
      name,
      shortName,
      type,
      parentCode: parentId === null ? null : (parseUnitId(parentId)?.code ?? parentId),
      provinceCode: '',
      parentId,
      provinceId: '',
      validFrom,
      validTo,
      ...(formerName !== '' && { formerName }),
      ...(formerParentId !== '' && { formerParentId }),
    };
    const entry = { unit, line: record.line };
    pending.push(entry);
    byId.set(id, entry);
  }

  for (const { unit, line } of pending) {
    const expected = PARENT_KIND[unit.era][unit.kind];
    for (const [field, ref] of [['parent', unit.parentId], ['was_parent', unit.formerParentId ?? null]] as const) {
      if (ref === null) continue;
      if (expected === null) throw new AdminUnitDataError(file, line, field, 'đơn vị này không có cấp trên', 'this unit has no parent');
      const parent = byId.get(ref)?.unit;
      if (!parent || parent.era !== unit.era || parent.kind !== expected) {
        const kind = UNIT_KIND_NAMES[expected];
        throw new AdminUnitDataError(file, line, field, `không có đơn vị ${kind.vi} "${ref}" cùng thời kỳ`, `no ${kind.en} "${ref}" of the same era`);
      }
    }
    const province = unit.kind === 'province' ? unit : provinceOf(unit, byId);
    unit.provinceId = province.id;
    unit.provinceCode = province.code;
  }
  return pending.map((entry) => entry.unit);
}

function provinceOf(unit: AdminUnit, byId: ReadonlyMap<string, Pending>): AdminUnit {
  let current = unit;
  while (current.parentId !== null) current = byId.get(current.parentId)!.unit;
  return current;
}
