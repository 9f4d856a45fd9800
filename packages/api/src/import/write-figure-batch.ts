import type { EntityManager } from '@mikro-orm/postgresql';
import { sql, type Kysely } from 'kysely';
import { recordChanges } from '../feed/record-changes.js';
import { FigureConflict, type AppliedChanges } from '../workflow/figure-conflict.js';
import { cancelReleases, setFigureStatus } from '../workflow/figure-status-sql.js';
import { copyRows, type CopyColumn, type CopyValue } from './copy-rows.js';
import type { FigureChange } from './plan-changes.js';

const WRITE_COLUMNS: readonly CopyColumn[] = [
  { name: 'pos', type: 'integer' },
  { name: 'action', type: 'text' },
  { name: 'id', type: 'integer' },
  { name: 'version', type: 'integer' },
  { name: 'unit_id', type: 'text' },
  { name: 'indicator_code', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'disaggregation_by', type: 'text' },
  { name: 'disaggregation_value', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'source', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'reason', type: 'text' },
];

function* writeRows(changes: readonly FigureChange[]): Generator<CopyValue[]> {
  for (const [pos, change] of changes.entries()) {
    if (change.action !== 'revise') continue;
    const { entry } = change;
    yield [pos, change.action, change.stored?.id ?? null, change.stored?.version ?? null, entry.unitId, entry.indicator.code, entry.level, entry.period,
      entry.disaggregation?.by ?? null, entry.disaggregation === null ? null : String(entry.disaggregation.value),
      entry.value, entry.numerator, entry.denominator, change.source, change.revision, change.reason];
  }
}

const OBSERVATION_COLUMNS: readonly CopyColumn[] = [
  { name: 'id', type: 'integer' },
  { name: 'indicator_code', type: 'text' },
  { name: 'unit_id', type: 'text' },
  { name: 'province_id', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'disaggregation_by', type: 'text' },
  { name: 'disaggregation_value', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'status', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'source', type: 'text' },
  { name: 'version', type: 'integer' },
  { name: 'created_at', type: 'text' },
  { name: 'updated_at', type: 'text' },
];

const REVISION_COLUMNS: readonly CopyColumn[] = [
  { name: 'observation_id', type: 'integer' },
  { name: 'number', type: 'integer' },
  { name: 'value', type: 'float8' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'status', type: 'text' },
  { name: 'reason', type: 'text' },
  { name: 'recorded_at', type: 'text' },
  { name: 'recorded_by', type: 'text' },
];

/** The feed's columns for a new figure, as the feed logs every change (the rest take their defaults). */
const CHANGE_COLUMNS: readonly CopyColumn[] = [
  { name: 'observation_id', type: 'integer' },
  { name: 'unit_id', type: 'text' },
  { name: 'province_id', type: 'text' },
  { name: 'indicator_code', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'period', type: 'text' },
  { name: 'disaggregation_by', type: 'text' },
  { name: 'disaggregation_value', type: 'text' },
  { name: 'kind', type: 'text' },
  { name: 'revision', type: 'integer' },
  { name: 'status', type: 'text' },
  { name: 'value', type: 'float8' },
  { name: 'numerator', type: 'integer' },
  { name: 'denominator', type: 'integer' },
  { name: 'illustrative', type: 'boolean' },
  { name: 'effective_at', type: 'text' },
  { name: 'actor', type: 'text' },
  { name: 'comment', type: 'text' },
];

function* createdRows(creates: readonly FigureChange[], ids: readonly number[], row: (change: FigureChange, id: number) => CopyValue[]): Generator<CopyValue[]> {
  for (const [index, change] of creates.entries()) yield row(change, ids[index] as number);
}

/**
 * New figures: a block of ids taken from the sequence in one step (a writer drawing an id in the same instant makes
 * one of the two fail on the primary key and write nothing), given in the file's order; then the figures, their first
 * revisions and their entries in the feed copied straight into their tables, stamped with the transaction's time.
 */
async function createFigures(em: EntityManager, db: Kysely<unknown>, creates: readonly FigureChange[], actor: string, provinceOf: (unitId: string) => string | undefined): Promise<number[]> {
  if (creates.length === 0) return [];
  const { rows } = await sql<{ last: number }>`select setval(s.name, nextval(s.name) + ${creates.length}::int - 1)::int as last
    from (select pg_get_serial_sequence('observation', 'id') as name) s`.execute(db);
  const last = rows[0]?.last as number;
  const ids = Array.from({ length: creates.length }, (_, index) => last - creates.length + 1 + index);
  const { rows: clock } = await sql<{ now: string }>`select now()::text as now`.execute(db);
  const now = clock[0]?.now as string;
  const key = (change: FigureChange) => [change.entry.disaggregation?.by ?? null, change.entry.disaggregation === null ? null : String(change.entry.disaggregation.value)];
  await copyRows(em, db, 'observation', OBSERVATION_COLUMNS, createdRows(creates, ids, (change, id) => {
    const { entry } = change;
    return [id, entry.indicator.code, entry.unitId, provinceOf(entry.unitId) ?? null, entry.level, entry.period, ...key(change), entry.value, entry.numerator, entry.denominator,
      'draft', 1, false, change.source, 1, now, now];
  }));
  await copyRows(em, db, 'observation_revision', REVISION_COLUMNS, createdRows(creates, ids, (change, id) => [id, 1, change.entry.value, change.entry.numerator, change.entry.denominator, 'draft', null, now, actor]));
  await copyRows(em, db, 'observation_change', CHANGE_COLUMNS, createdRows(creates, ids, (change, id) => {
    const { entry } = change;
    return [id, entry.unitId, provinceOf(entry.unitId) ?? null, entry.indicator.code, entry.level, entry.period, ...key(change), 'created', 1, 'draft', entry.value, entry.numerator,
      entry.denominator, false, null, actor, null];
  }));
  return ids;
}

/** Corrections: a new revision each, back to draft, the version checked so that a concurrent writer is refused. */
async function reviseFigures(em: EntityManager, db: Kysely<unknown>, changes: readonly FigureChange[], actor: string): Promise<number[]> {
  await sql`drop table if exists import_write`.execute(db);
  await sql`create temporary table import_write (pos integer not null, action text not null, id integer, version integer, unit_id text not null,
    indicator_code text not null, level text not null, period text not null, disaggregation_by text, disaggregation_value text, value float8 not null,
    numerator integer, denominator integer, source text not null, revision integer not null, reason text) on commit drop`.execute(db);
  await copyRows(em, db, 'import_write', WRITE_COLUMNS, writeRows(changes));
  await sql`analyze import_write`.execute(db);
  const { rows: missed } = await sql<{ id: number }>`with updated as (
      update observation o set value = w.value, numerator = w.numerator, denominator = w.denominator, source = w.source, status = 'draft',
        illustrative = false, revision = w.revision, version = o.version + 1, updated_at = now()
      from import_write w where w.action = 'revise' and o.id = w.id and o.version = w.version
      returning o.id)
    select w.id from import_write w where w.action = 'revise' and w.id not in (select id from updated) order by w.pos`.execute(db);
  if (missed.length > 0) throw new FigureConflict(missed.map((row) => row.id));
  const { rows } = await sql<{ id: number }>`select id from import_write where action = 'revise' order by pos`.execute(db);
  if (rows.length === 0) return [];
  await sql`insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    select o.id, o.revision, o.value, o.numerator, o.denominator, 'draft', w.reason, now(), ${actor}
    from import_write w join observation o on o.id = w.id where w.action = 'revise' order by w.pos`.execute(db);
  return rows.map((row) => row.id);
}

/**
 * Writes planned changes inside the caller's transaction, set-based whatever their number: new figures (revision 1,
 * draft) are copied straight into their tables; corrections (a new revision, back to draft, version checked) are
 * copied into a temporary table and applied with a few statements; then the submissions asked for. All are logged in
 * the feed.
 */
export async function writeFigureBatch(
  em: EntityManager,
  db: Kysely<unknown>,
  changes: readonly FigureChange[],
  actor: string,
  provinceOf: (unitId: string) => string | undefined,
  onProgress?: (done: number, total: number) => void,
): Promise<AppliedChanges> {
  const total = changes.length;
  const created = await createFigures(em, db, changes.filter((change) => change.action === 'create'), actor, provinceOf);
  onProgress?.(created.length, total);
  const revisions = changes.filter((change) => change.action === 'revise');
  const revised = revisions.length === 0 ? [] : await reviseFigures(em, db, changes, actor);
  await cancelReleases(db, revised);
  await recordChanges(db, 'revised', actor, revised.map((observationId, index) => ({ observationId, comment: revisions[index]?.reason ?? null })));
  onProgress?.(created.length + revised.length, total);
  const createdIds = created.values();
  const submitted: number[] = [];
  for (const change of changes) {
    const id = change.action === 'create' ? (createdIds.next().value as number) : (change.stored?.id as number);
    if (change.submit) submitted.push(id);
  }
  if (submitted.length > 0) {
    await setFigureStatus(db, submitted, 'submitted');
    await recordChanges(db, 'submitted', actor, submitted.map((observationId) => ({ observationId, comment: null })));
  }
  onProgress?.(total, total);
  return { created, revised, submitted };
}
