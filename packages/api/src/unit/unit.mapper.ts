import type { AdminUnit } from '@edu-vn/domain';
import type { UnitEntity } from './unit.entity.js';
import type { Unit } from './unit.type.js';

/** The API's view of a unit row. */
export function unitFromEntity(entity: UnitEntity): Unit {
  return {
    id: entity.id,
    code: entity.code,
    kind: entity.kind,
    era: entity.era,
    name: entity.name,
    shortName: entity.shortName,
    type: entity.type,
    validFrom: entity.validFrom,
    validTo: entity.validTo,
    current: entity.validTo === null,
    formerName: entity.formerName,
    parentId: entity.parent?.id ?? null,
    provinceId: entity.province.id,
  };
}

/** The columns unitFromRow reads, dates as text. */
export const UNIT_ROW_COLUMNS = 'id, code, kind, era, name, short_name, type, valid_from::text as valid_from, valid_to::text as valid_to, former_name, parent_id, province_id';

/** The API's view of a unit read as a plain row (UNIT_ROW_COLUMNS), without making an entity of it. */
export function unitFromRow(row: Record<string, unknown>): Unit {
  const validTo = (row.valid_to as string | null) ?? null;
  return {
    id: String(row.id),
    code: String(row.code),
    kind: row.kind as Unit['kind'],
    era: row.era as Unit['era'],
    name: String(row.name),
    shortName: String(row.short_name),
    type: String(row.type),
    validFrom: (row.valid_from as string | null) ?? null,
    validTo,
    current: validTo === null,
    formerName: (row.former_name as string | null) ?? null,
    parentId: (row.parent_id as string | null) ?? null,
    provinceId: String(row.province_id),
  };
}

/** The API's view of a unit of the official lists the seeder loaded into admin_unit from the domain's registry. */
export function unitFromAdminUnit(unit: AdminUnit): Unit {
  return {
    id: unit.id,
    code: unit.code,
    kind: unit.kind,
    era: unit.era,
    name: unit.name,
    shortName: unit.shortName,
    type: unit.type,
    validFrom: unit.validFrom,
    validTo: unit.validTo,
    current: unit.validTo === null,
    formerName: unit.formerName ?? null,
    parentId: unit.parentId,
    provinceId: unit.provinceId,
  };
}
