import { normalizeVi } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Seeder } from '@mikro-orm/seeder';
import { bulkInsert, column } from '../database/bulk-insert.js';
import { adminUnitRegistry } from './admin-unit-registry.js';

/** Loads every unit before and after the 2025 reform and the reform's successions, in two statements. */
export class UnitSeeder extends Seeder {
  override async run(em: EntityManager): Promise<void> {
    const { units, successions } = await adminUnitRegistry();
    const db = em.getKysely<unknown>();
    await bulkInsert(db, 'admin_unit', {
      id: column.text(units, (u) => u.id),
      era: column.text(units, (u) => u.era),
      code: column.text(units, (u) => u.code),
      kind: column.text(units, (u) => u.kind),
      name: column.text(units, (u) => u.name),
      short_name: column.text(units, (u) => u.shortName),
      type: column.text(units, (u) => u.type),
      parent_id: column.text(units, (u) => u.parentId),
      province_id: column.text(units, (u) => u.provinceId),
      valid_from: column.date(units, (u) => u.validFrom),
      valid_to: column.date(units, (u) => u.validTo),
      former_name: column.text(units, (u) => u.formerName),
      former_parent_id: column.text(units, (u) => u.formerParentId),
      short_key: column.text(units, (u) => normalizeVi(u.shortName)),
      name_key: column.text(units, (u) => normalizeVi(u.name)),
      former_key: column.text(units, (u) => (u.formerName === undefined ? null : normalizeVi(u.formerName))),
    });
    await bulkInsert(db, 'unit_succession', {
      predecessor_id: column.text(successions, (s) => s.oldId),
      successor_id: column.text(successions, (s) => s.newId),
      relation: column.text(successions, (s) => s.relation),
      effective_on: column.date(successions, (s) => s.effective),
      confidence: column.text(successions, (s) => s.confidence),
      corrected: column.boolean(successions, (s) => s.corrected ?? false),
      derived: column.boolean(successions, (s) => s.derived ?? false),
    });
  }
}
