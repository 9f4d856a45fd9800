import { sql, type Kysely } from 'kysely';
import { recordChanges } from '../feed/record-changes.js';
import { figureKey, type FigureEntry } from '../import/figure-entry.js';
import type { FigureChange } from '../import/plan-changes.js';
import { cancelReleases, setFigureStatus } from './figure-status-sql.js';

/** Rows per statement: a few thousand figures go in a handful of statements. */
export const APPLY_CHUNK = 500;

/** What applying a set of changes did, by figure id. */
export interface AppliedChanges {
  created: number[];
  revised: number[];
  submitted: number[];
}

/** A figure changed between reading and writing: the import or save is refused rather than overwriting it. */
export class FigureConflict extends Error {
  constructor(readonly ids: readonly number[]) {
    super(`figures changed concurrently: ${ids.join(', ')}`);
  }
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += APPLY_CHUNK) result.push(items.slice(start, start + APPLY_CHUNK));
  return result;
}

function keyOfEntry(entry: FigureEntry) {
  return {
    indicator: entry.indicator.code,
    unitId: entry.unitId,
    level: entry.level,
    period: entry.period,
    disaggregationBy: entry.disaggregation?.by ?? null,
    disaggregationValue: entry.disaggregation === null ? null : String(entry.disaggregation.value),
  };
}

async function createFigures(db: Kysely<unknown>, changes: readonly FigureChange[], actor: string): Promise<Map<FigureChange, number>> {
  const ids = new Map<FigureChange, number>();
  const byKey = new Map(changes.map((change) => [figureKey(keyOfEntry(change.entry)), change]));
  const keys = changes.map((change) => keyOfEntry(change.entry));
  const { rows } = await sql<{ id: number; indicator_code: string; unit_id: string; level: string; period: string; disaggregation_by: string | null; disaggregation_value: string | null }>`
    insert into observation (indicator_code, unit_id, province_id, level, period, disaggregation_by, disaggregation_value, value, numerator,
      denominator, status, revision, illustrative, source, version, created_at, updated_at)
    select n.indicator, n.unit_id, u.province_id, n.level, n.period, n.by, n.val, n.value, n.numerator, n.denominator, 'draft', 1, false, n.source, 1, now(), now()
    from unnest(${keys.map((key) => key.indicator)}::text[], ${keys.map((key) => key.unitId)}::text[], ${keys.map((key) => key.level)}::text[],
      ${keys.map((key) => key.period)}::text[], ${keys.map((key) => key.disaggregationBy)}::text[], ${keys.map((key) => key.disaggregationValue)}::text[],
      ${changes.map((change) => change.entry.value)}::float8[], ${changes.map((change) => change.entry.numerator)}::int[],
      ${changes.map((change) => change.entry.denominator)}::int[], ${changes.map((change) => change.source)}::text[])
      with ordinality as n(indicator, unit_id, level, period, by, val, value, numerator, denominator, source, position)
    join admin_unit u on u.id = n.unit_id
    order by n.position
    returning id, indicator_code, unit_id, level, period, disaggregation_by, disaggregation_value`.execute(db);
  for (const row of rows) {
    const change = byKey.get(figureKey({ indicator: row.indicator_code, unitId: row.unit_id, level: row.level, period: row.period, disaggregationBy: row.disaggregation_by, disaggregationValue: row.disaggregation_value }));
    if (change) ids.set(change, row.id);
  }
  const created = changes.map((change) => ids.get(change) as number);
  await sql`insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    select o.id, 1, o.value, o.numerator, o.denominator, 'draft', null, now(), ${actor} from observation o where o.id = any(${created}::int[])`.execute(db);
  await recordChanges(db, 'created', actor, created.map((observationId) => ({ observationId, comment: null })));
  return ids;
}

async function reviseFigures(db: Kysely<unknown>, changes: readonly FigureChange[], actor: string): Promise<number[]> {
  const stored = changes.map((change) => change.stored as NonNullable<FigureChange['stored']>);
  const ids = stored.map((figure) => figure.id);
  const { rows } = await sql<{ id: number }>`
    update observation o set value = n.value, numerator = n.numerator, denominator = n.denominator, source = n.source, status = 'draft', illustrative = false,
      revision = n.revision, version = o.version + 1, updated_at = now()
    from unnest(${ids}::int[], ${stored.map((figure) => figure.version)}::int[], ${changes.map((change) => change.entry.value)}::float8[],
      ${changes.map((change) => change.entry.numerator)}::int[], ${changes.map((change) => change.entry.denominator)}::int[],
      ${changes.map((change) => change.source)}::text[], ${changes.map((change) => change.revision)}::int[])
      as n(id, version, value, numerator, denominator, source, revision)
    where o.id = n.id and o.version = n.version
    returning o.id`.execute(db);
  if (rows.length !== ids.length) {
    const updated = new Set(rows.map((row) => row.id));
    throw new FigureConflict(ids.filter((id) => !updated.has(id)));
  }
  await sql`insert into observation_revision (observation_id, number, value, numerator, denominator, status, reason, recorded_at, recorded_by)
    select o.id, o.revision, o.value, o.numerator, o.denominator, 'draft', n.reason, now(), ${actor}
    from unnest(${ids}::int[], ${changes.map((change) => change.reason)}::text[]) as n(id, reason) join observation o on o.id = n.id`.execute(db);
  await cancelReleases(db, ids);
  await recordChanges(db, 'revised', actor, changes.map((change, index) => ({ observationId: ids[index] as number, comment: change.reason })));
  return ids;
}

/**
 * Writes planned changes inside the caller's transaction: new figures (revision 1, draft), corrections (a new
 * revision, back to draft, the version checked so a concurrent writer is refused), then the submissions asked for.
 */
export async function applyFigureChanges(
  db: Kysely<unknown>,
  changes: readonly FigureChange[],
  actor: string,
  onProgress?: (done: number, total: number) => void,
): Promise<AppliedChanges> {
  const applied: AppliedChanges = { created: [], revised: [], submitted: [] };
  const total = changes.length;
  let done = 0;
  for (const chunk of chunks(changes)) {
    const creates = chunk.filter((change) => change.action === 'create');
    const revisions = chunk.filter((change) => change.action === 'revise');
    const createdIds = creates.length > 0 ? await createFigures(db, creates, actor) : new Map<FigureChange, number>();
    const revisedIds = revisions.length > 0 ? await reviseFigures(db, revisions, actor) : [];
    applied.created.push(...createdIds.values());
    applied.revised.push(...revisedIds);
    const submit = chunk.filter((change) => change.submit).map((change) => (change.action === 'create' ? (createdIds.get(change) as number) : (change.stored?.id as number)));
    if (submit.length > 0) {
      await setFigureStatus(db, submit, 'submitted');
      await recordChanges(db, 'submitted', actor, submit.map((observationId) => ({ observationId, comment: null })));
      applied.submitted.push(...submit);
    }
    done += chunk.length;
    onProgress?.(done, total);
  }
  return applied;
}
