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
