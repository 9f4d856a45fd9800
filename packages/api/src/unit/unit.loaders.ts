import { sql } from 'kysely';
import { createKeyLoader, createPageLoader } from '../common/loaders.js';
import { mapPages } from '../common/map-pages.js';
import { fetchPages } from '../common/page-query.js';
import type { LoaderDeps } from '../context.js';
import { unitChildrenSource, unitSuccessionSource } from './unit.queries.js';
import { UnitEntity } from './unit.entity.js';
import { adminUnitRegistry } from './admin-unit-registry.js';
import { UNIT_ROW_COLUMNS, unitFromAdminUnit, unitFromEntity, unitFromRow } from './unit.mapper.js';
import type { Unit, UnitSuccessionEdge } from './unit.type.js';

/** A succession as loaded: the unit at the other end and the edge's own fields. */
export type UnitSuccessionRow = Omit<UnitSuccessionEdge, 'cursor'>;

type SuccessionColumns = { _relation: 'full' | 'partial'; _effective_on: string; _derived: boolean; _corrected: boolean; _confidence: string | null };

/** Per-request loaders of units and of their children and successions. */
export function createUnitLoaders({ em, db }: LoaderDeps) {
  const toUnit = (row: Record<string, unknown>): Unit => unitFromEntity(em.map(UnitEntity, row));
  const succession = (row: Record<string, unknown> & SuccessionColumns): UnitSuccessionRow => ({
    node: toUnit(row),
    relation: row._relation,
    effectiveOn: row._effective_on,
    derived: row._derived,
    corrected: row._corrected,
    confidence: row._confidence,
  });
  return {
    // Every list of figures asks for its units: those of the official lists come from the registry the seeder loaded
    // them from, already in memory; any other is read as a plain row, not an entity.
    byId: createKeyLoader(
      async (ids) => {
        const registry = await adminUnitRegistry();
        const known = ids.flatMap((id) => registry.byId(id) ?? []).map(unitFromAdminUnit);
        const others = ids.filter((id) => registry.byId(id) === undefined);
        if (others.length === 0) return known;
        const { rows } = await sql<Record<string, unknown>>`select ${sql.raw(UNIT_ROW_COLUMNS)} from admin_unit where id = any(${others}::text[])`.execute(db);
        return [...known, ...rows.map(unitFromRow)];
      },
      (unit) => unit.id,
    ),
    children: createPageLoader<Unit, { validOn: string | null }>(async (ids, { validOn }, page) =>
      mapPages(await fetchPages(db, unitChildrenSource(ids, validOn), page), toUnit),
    ),
    successors: createPageLoader<UnitSuccessionRow>(async (ids, _variant, page) =>
      mapPages(await fetchPages<Record<string, unknown> & SuccessionColumns>(db, unitSuccessionSource(ids, 'successors'), page), succession),
    ),
    predecessors: createPageLoader<UnitSuccessionRow>(async (ids, _variant, page) =>
      mapPages(await fetchPages<Record<string, unknown> & SuccessionColumns>(db, unitSuccessionSource(ids, 'predecessors'), page), succession),
    ),
  };
}
