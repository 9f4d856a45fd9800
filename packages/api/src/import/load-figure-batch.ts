import { DomainError, formatPeriodKey, parsePeriod, samePeriodPreviousYear, type Comparator, type ObservationRevision, type ObservationStatus } from '@edu-vn/domain';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Kysely } from 'kysely';
import type { EntryContext } from './check-entries.js';
import { copyRows, type CopyColumn } from './copy-rows.js';
import { figureKey, type FigureEntry } from './figure-entry.js';
import { sameFigure, type StoredFigure } from './plan-changes.js';

/** What the database knows about a batch of entries, looked up by the entry itself. */
export interface BatchKnowledge {
  stored: Map<FigureEntry, StoredFigure>;
  contexts: Map<FigureEntry, EntryContext>;
  /** Stored values of distribution bands, by figure key. */
  bands: Map<string, number>;
}

const KEY_COLUMNS: readonly CopyColumn[] = [
  { name: 'pos', type: 'integer' },
  { name: 'unit_id', type: 'text' },
  { name: 'indicator_code', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'previous_period', type: 'text' },
  { name: 'disaggregation_by', type: 'text' },
  { name: 'disaggregation_value', type: 'text' },
  { name: 'distribution', type: 'text' },
];

/** The same period a year earlier; null for a malformed key, which the domain's checks report as an issue. */
function previousPeriodKey(key: string): string | null {
  try {
    return formatPeriodKey(samePeriodPreviousYear(parsePeriod(key)));
  } catch (caught) {
    if (caught instanceof DomainError) return null;
    throw caught;
  }
}

function* keyRows(entries: readonly FigureEntry[]): Generator<(string | number | null)[]> {
  const previous = new Map<string, string | null>();
  for (const [pos, entry] of entries.entries()) {
    if (!previous.has(entry.period)) previous.set(entry.period, previousPeriodKey(entry.period));
    yield [pos, entry.unitId, entry.indicator.code, entry.level, entry.period, previous.get(entry.period) ?? null, entry.disaggregation?.by ?? null,
      entry.disaggregation === null ? null : String(entry.disaggregation.value), entry.indicator.distribution ?? null];
  }
}

/** Joins the batch's keys to a table with the figure key columns; the breakdown columns may be null on both sides. */
const sameKey = (alias: string, period = 'period') => sql`${sql.ref(`${alias}.unit_id`)} = k.unit_id and ${sql.ref(`${alias}.indicator_code`)} = k.indicator_code
  and ${sql.ref(`${alias}.level`)} = k.level and ${sql.ref(`${alias}.period`)} = ${sql.ref(`k.${period}`)}
  and ${sql.ref(`${alias}.disaggregation_by`)} is not distinct from k.disaggregation_by
  and ${sql.ref(`${alias}.disaggregation_value`)} is not distinct from k.disaggregation_value`;

/** A stored figure as the batch query returns it: its position in the batch, without its history yet. */
type StoredRow = Omit<StoredFigure, 'history'> & { pos: number; illustrative: boolean };

async function loadStored(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<FigureEntry, StoredFigure>> {
  const { rows } = await sql<StoredRow>`select k.pos, o.id, o.version, o.status, o.value, o.numerator, o.denominator, o.source, o.revision, o.illustrative
    from import_figure k join observation o on ${sameKey('o')}
    order by o.id for update of o`.execute(db);
  const stored = new Map<FigureEntry, StoredFigure>();
  const changed: { entry: FigureEntry; row: StoredRow }[] = [];
  for (const row of rows) {
    const entry = entries[row.pos] as FigureEntry;
    const figure = { id: row.id, version: row.version, status: row.status, value: row.value, numerator: row.numerator, denominator: row.denominator, source: row.source, revision: row.revision };
    if (sameFigure(entry, figure)) stored.set(entry, { ...figure, history: [] });
    else changed.push({ entry, row });
  }
  if (changed.length === 0) return stored;
  const { rows: revisions } = await sql<{ observation_id: number; number: number; value: number; numerator: number | null; denominator: number | null; status: ObservationStatus; reason: string | null }>`
    select observation_id, number, value, numerator, denominator, status, reason from observation_revision
    where observation_id = any(${changed.map(({ row }) => row.id)}::int[]) order by observation_id, number`.execute(db);
  const byFigure = new Map<number, typeof revisions>();
  for (const revision of revisions) {
    const list = byFigure.get(revision.observation_id);
    if (list) list.push(revision);
    else byFigure.set(revision.observation_id, [revision]);
  }
  for (const { entry, row } of changed) {
    const history: ObservationRevision[] = (byFigure.get(row.id) ?? []).map((revision) => ({
      indicator: entry.indicator.code,
      unitCode: entry.unitId,
      level: entry.level,
      period: entry.period,
      value: revision.value,
      ...(revision.numerator === null ? {} : { numerator: revision.numerator }),
      ...(revision.denominator === null ? {} : { denominator: revision.denominator }),
      status: revision.status,
      revision: revision.number,
      source: row.source,
      illustrative: row.illustrative,
      reason: revision.reason,
    }));
    stored.set(entry, { id: row.id, version: row.version, status: row.status, value: row.value, numerator: row.numerator, denominator: row.denominator, source: row.source, revision: row.revision, history });
  }
  return stored;
}

async function loadContexts(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<FigureEntry, EntryContext>> {
  const [previous, targets] = [
    await sql<{ pos: number; previous_period: string; value: number }>`
      select k.pos, k.previous_period, coalesce(o.published_value, o.value) as value
      from import_figure k join observation o on ${sameKey('o', 'previous_period')}`.execute(db),
    await sql<{ pos: number; comparator: Comparator; value: number; value_max: number | null }>`
      select distinct on (k.pos) k.pos, t.comparator, t.value, t.value_max
      from import_figure k join target t on ${sameKey('t')}
      where t.change is null
      order by k.pos, t.plan_id, t.position`.execute(db),
  ];
  const contexts = new Map<FigureEntry, EntryContext>();
  const contextOf = (pos: number): EntryContext => {
    const entry = entries[pos] as FigureEntry;
    let context = contexts.get(entry);
    if (!context) {
      context = { previous: null, target: null };
      contexts.set(entry, context);
    }
    return context;
  };
  for (const row of previous.rows) contextOf(row.pos).previous = { value: row.value, period: row.previous_period };
  for (const row of targets.rows) contextOf(row.pos).target = { comparator: row.comparator, value: row.value, ...(row.value_max === null ? {} : { valueMax: row.value_max }) };
  return contexts;
}

async function loadBands(db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<Map<string, number>> {
  if (!entries.some((entry) => entry.indicator.distribution !== undefined)) return new Map();
  const { rows } = await sql<{ unit_id: string; indicator_code: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null; value: number }>`
    select o.unit_id, o.indicator_code, o.level, o.period, o.disaggregation_by, o.disaggregation_value, o.value
    from observation o join indicator i on i.code = o.indicator_code
    join (select distinct unit_id, period, level, distribution from import_figure where distribution is not null) k
      on o.unit_id = k.unit_id and o.period = k.period and o.level = k.level and i.distribution = k.distribution`.execute(db);
  return new Map(
    rows.map((row) => [
      figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value }),
      row.value,
    ]),
  );
}

/**
 * Copies the keys of a batch of entries into a temporary table of the transaction and reads, with one join each, what
 * is stored about them: the figures (locked until the transaction ends, so a concurrent import waits and then sees
 * this one's result, with revisions only for those the batch changes), last year's figures and this period's targets
 * for the plausibility warnings, and the stored bands of the distributions it touches.
 */
export async function loadFigureBatch(em: EntityManager, db: Kysely<unknown>, entries: readonly FigureEntry[]): Promise<BatchKnowledge> {
  if (entries.length === 0) return { stored: new Map(), contexts: new Map(), bands: new Map() };
  await sql`drop table if exists import_figure`.execute(db);
  await sql`create temporary table import_figure (pos integer not null, unit_id text not null, indicator_code text not null, level text not null,
    period text not null, previous_period text, disaggregation_by text, disaggregation_value text, distribution text) on commit drop`.execute(db);
  await copyRows(em, db, 'import_figure', KEY_COLUMNS, keyRows(entries));
  await sql`analyze import_figure`.execute(db);
  const stored = await loadStored(db, entries);
  const contexts = await loadContexts(db, entries);
  const bands = await loadBands(db, entries);
  return { stored, contexts, bands };
}
