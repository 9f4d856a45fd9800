import { DomainError, formatPeriodKey, parsePeriod, samePeriodPreviousYear, type Comparator, type Level, type ObservationRevision, type ObservationStatus, type UnitKind } from '@edu-vn/domain';
import { sql, type Kysely } from 'kysely';
import type { UnitRef } from '../auth/principal.js';
import type { EntryContext } from './check-entries.js';
import { entryKey, figureKey, type FigureEntry } from './figure-entry.js';
import type { StoredFigure } from './plan-changes.js';

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

function keyAt(entry: FigureEntry, period: string): string {
  const parts = entryKeyParts(entry, period);
  return figureKey({ indicator: parts.indicator, unitId: parts.unitId, level: parts.level, period: parts.period, disaggregationBy: parts.by, disaggregationValue: parts.value });
}

const joinKeys = (k: KeyColumns, alias: string) => sql`join unnest(${k.units}::text[], ${k.indicators}::text[], ${k.levels}::text[], ${k.periods}::text[],
    ${k.bys}::text[], ${k.values}::text[]) as k(unit_id, indicator_code, level, period, disaggregation_by, disaggregation_value)
  on ${sql.ref(`${alias}.unit_id`)} = k.unit_id and ${sql.ref(`${alias}.indicator_code`)} = k.indicator_code and ${sql.ref(`${alias}.level`)} = k.level
    and ${sql.ref(`${alias}.period`)} = k.period and ${sql.ref(`${alias}.disaggregation_by`)} is not distinct from k.disaggregation_by
    and ${sql.ref(`${alias}.disaggregation_value`)} is not distinct from k.disaggregation_value`;

interface StoredRow {
  id: number;
  version: number;
  status: ObservationStatus;
  value: number;
  numerator: number | null;
  denominator: number | null;
  source: string;
  revision: number;
  illustrative: boolean;
  indicator_code: string;
  unit_id: string;
  level: Level;
  period: string;
  disaggregation_by: string | null;
  disaggregation_value: string | null;
}

/** The units named by the entries, with what the policy needs. */
export async function loadUnits(db: Kysely<unknown>, unitIds: readonly string[]): Promise<Map<string, UnitRef>> {
  const { rows } = await sql<{ id: string; kind: UnitKind; province_id: string }>`select id, kind, province_id from admin_unit where id = any(${[...new Set(unitIds)]}::text[])`.execute(db);
  return new Map(rows.map((row) => [row.id, { id: row.id, kind: row.kind, provinceId: row.province_id }]));
}

/**
 * The stored figures the entries name, locked for the rest of the transaction (so a concurrent import waits and
 * then sees this one's result), each with its revisions for the domain's correction rule.
 */
export async function loadStoredFigures(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<string, StoredFigure>> {
  if (entries.length === 0) return new Map();
  const { rows } = await sql<StoredRow>`select o.id, o.version, o.status, o.value, o.numerator, o.denominator, o.source, o.revision, o.illustrative,
      o.indicator_code, o.unit_id, o.level, o.period, o.disaggregation_by, o.disaggregation_value
    from observation o ${joinKeys(keyColumns(entries.map((entry) => entryKeyParts(entry))), 'o')}
    order by o.id for update of o`.execute(db);
  if (rows.length === 0) return new Map();
  const { rows: revisions } = await sql<{ observation_id: number; number: number; value: number; numerator: number | null; denominator: number | null; status: ObservationStatus; reason: string | null }>`
    select observation_id, number, value, numerator, denominator, status, reason from observation_revision
    where observation_id = any(${rows.map((row) => row.id)}::int[]) order by observation_id, number`.execute(db);
  const byFigure = new Map<number, typeof revisions>();
  for (const revision of revisions) byFigure.set(revision.observation_id, [...(byFigure.get(revision.observation_id) ?? []), revision]);
  const stored = new Map<string, StoredFigure>();
  for (const row of rows) {
    const history: ObservationRevision[] = (byFigure.get(row.id) ?? []).map((revision) => ({
      indicator: row.indicator_code,
      unitCode: row.unit_id,
      level: row.level,
      period: row.period,
      value: revision.value,
      ...(revision.numerator === null ? {} : { numerator: revision.numerator }),
      ...(revision.denominator === null ? {} : { denominator: revision.denominator }),
      status: revision.status,
      revision: revision.number,
      source: row.source,
      illustrative: row.illustrative,
      reason: revision.reason,
    }));
    const key = figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value });
    stored.set(key, { id: row.id, version: row.version, status: row.status, value: row.value, numerator: row.numerator, denominator: row.denominator, source: row.source, revision: row.revision, history });
  }
  return stored;
}

/** The same period a year earlier; null for a malformed key, which the domain's checks report as an issue. */
function previousPeriodKey(key: string): string | null {
  try {
    return formatPeriodKey(samePeriodPreviousYear(parsePeriod(key)));
  } catch (caught) {
    if (caught instanceof DomainError) return null;
    throw caught;
  }
}

/** For the domain's plausibility warnings: each entry's figure a year earlier and its target this period. */
export async function loadEntryContexts(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<string, EntryContext>> {
  const contexts = new Map<string, EntryContext>();
  if (entries.length === 0) return contexts;
  const previousPeriod = new Map(entries.flatMap((entry) => {
    const previous = previousPeriodKey(entry.period);
    return previous === null ? [] : [[entry.period, previous] as const];
  }));
  const dated = entries.filter((entry) => previousPeriod.has(entry.period));
  const previousKeys = keyColumns(dated.map((entry) => entryKeyParts(entry, previousPeriod.get(entry.period))));
  const [previous, targets] = await Promise.all([
    sql<{ unit_id: string; indicator_code: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null; value: number }>`
      select o.unit_id, o.indicator_code, o.level, o.period, o.disaggregation_by, o.disaggregation_value, coalesce(o.published_value, o.value) as value
      from observation o ${joinKeys(previousKeys, 'o')}`.execute(db),
    sql<{ unit_id: string; indicator_code: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null; comparator: Comparator; value: number; value_max: number | null }>`
      select distinct on (t.unit_id, t.indicator_code, t.level, t.period, t.disaggregation_by, t.disaggregation_value)
        t.unit_id, t.indicator_code, t.level, t.period, t.disaggregation_by, t.disaggregation_value, t.comparator, t.value, t.value_max
      from target t ${joinKeys(keyColumns(entries.map((entry) => entryKeyParts(entry))), 't')}
      where t.change is null
      order by t.unit_id, t.indicator_code, t.level, t.period, t.disaggregation_by, t.disaggregation_value, t.plan_id, t.position`.execute(db),
  ]);
  const keyOf = (row: { unit_id: string; indicator_code: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null }) =>
    figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value });
  const previousByKey = new Map(previous.rows.map((row) => [keyOf(row), row]));
  const targetByKey = new Map(targets.rows.map((row) => [keyOf(row), row]));
  for (const entry of entries) {
    const key = entryKey(entry);
    const previousPeriodKey = previousPeriod.get(entry.period);
    const before = previousPeriodKey === undefined ? undefined : previousByKey.get(keyAt(entry, previousPeriodKey));
    const target = targetByKey.get(key);
    contexts.set(key, {
      previous: before && previousPeriodKey !== undefined ? { value: before.value, period: previousPeriodKey } : null,
      target: target ? { comparator: target.comparator, value: target.value, ...(target.value_max === null ? {} : { valueMax: target.value_max }) } : null,
    });
  }
  return contexts;
}

/** Stored values of the bands of the distributions the entries touch, for checking that bands add up to 100%. */
export async function loadStoredBands(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<string, number>> {
  const banded = entries.filter((entry) => entry.indicator.distribution !== undefined);
  if (banded.length === 0) return new Map();
  const { rows } = await sql<{ unit_id: string; indicator_code: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null; value: number }>`
    select o.unit_id, o.indicator_code, o.level, o.period, o.disaggregation_by, o.disaggregation_value, o.value
    from observation o join indicator i on i.code = o.indicator_code
    join unnest(${banded.map((entry) => entry.unitId)}::text[], ${banded.map((entry) => entry.period)}::text[], ${banded.map((entry) => entry.level)}::text[],
      ${banded.map((entry) => entry.indicator.distribution as string)}::text[]) as k(unit_id, period, level, distribution)
      on o.unit_id = k.unit_id and o.period = k.period and o.level = k.level and i.distribution = k.distribution`.execute(db);
  return new Map(
    rows.map((row) => [
      figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value }),
      row.value,
    ]),
  );
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
