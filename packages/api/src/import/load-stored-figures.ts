import type { UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import type { UnitRef } from '../auth/principal.js';
import { entryKey, figureKey, type FigureEntry } from './figure-entry.js';

interface KeyColumns {
  units: string[];
  indicators: string[];
  levels: string[];
  periods: string[];
  bys: (string | null)[];
  values: (string | null)[];
}

function keyColumns(keys: readonly { unitId: string; indicator: string; level: string; period: string; by: string | null; value: string | null }[]): KeyColumns {
  return {
    units: keys.map((key) => key.unitId),
    indicators: keys.map((key) => key.indicator),
    levels: keys.map((key) => key.level),
    periods: keys.map((key) => key.period),
    bys: keys.map((key) => key.by),
    values: keys.map((key) => key.value),
  };
}

function entryKeyParts(entry: FigureEntry, period = entry.period) {
  return {
    unitId: entry.unitId,
    indicator: entry.indicator.code,
    level: entry.level,
    period,
    by: entry.disaggregation?.by ?? null,
    value: entry.disaggregation === null ? null : String(entry.disaggregation.value),
  };
}

const joinKeys = (k: KeyColumns, alias: string) => sql`join unnest(${k.units}::text[], ${k.indicators}::text[], ${k.levels}::text[], ${k.periods}::text[],
    ${k.bys}::text[], ${k.values}::text[]) as k(unit_id, indicator_code, level, period, disaggregation_by, disaggregation_value)
  on ${sql.ref(`${alias}.unit_id`)} = k.unit_id and ${sql.ref(`${alias}.indicator_code`)} = k.indicator_code and ${sql.ref(`${alias}.level`)} = k.level
    and ${sql.ref(`${alias}.period`)} = k.period and ${sql.ref(`${alias}.disaggregation_by`)} is not distinct from k.disaggregation_by
    and ${sql.ref(`${alias}.disaggregation_value`)} is not distinct from k.disaggregation_value`;

/** The units named by the entries, with what the policy needs. */
export async function loadUnits(db: Kysely<unknown>, unitIds: readonly string[]): Promise<Map<string, UnitRef>> {
  const { rows } = await sql<{ id: string; kind: UnitKind; province_id: string }>`select id, kind, province_id from admin_unit where id = any(${[...new Set(unitIds)]}::text[])`.execute(db);
  return new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, provinceId: row.province_id }]));
}

/** The ids of the figures the entries name (null where none is stored), in the entries' order. */
export async function figureIdsOf(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<(number | null)[]> {
  if (entries.length === 0) return [];
  const { rows } = await sql<{ id: number; indicator_code: string; unit_id: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null }>`
    select o.id, o.indicator_code, o.unit_id, o.level, o.period, o.disaggregation_by, o.disaggregation_value
    from observation o ${joinKeys(keyColumns(entries.map((entry) => entryKeyParts(entry))), 'o')}`.execute(db);
  const byKey = new Map(rows.map((row) => [figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value }), row.id]));
  return entries.map((entry) => byKey.get(entryKey(entry)) ?? null);
}
