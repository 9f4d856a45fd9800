import type { Disaggregation, Level, ObservationStatus } from '@edu-vn/domain';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { encodeCursor, invalidCursor } from '../common/cursor.js';
import type { PageRequest } from '../common/page.js';
import type { ChangeKind } from './observation-change.entity.js';
import type { ObservationChange } from './observation-change.type.js';

/** Whose changes: one unit, one province, or every one. */
export type FeedScope = { kind: 'unit'; unitId: string } | { kind: 'province'; provinceId: string } | { kind: 'all' };

interface Row {
  seq: string;
  commit_seq: string;
  kind: ChangeKind;
  at: Date;
  observation_id: number;
  unit_id: string;
  indicator_code: string;
  level: Level;
  period: string;
  disaggregation_by: Disaggregation['by'] | null;
  disaggregation_value: string | null;
  revision: number;
  status: ObservationStatus;
  value: number;
  numerator: number | null;
  denominator: number | null;
  illustrative: boolean;
  effective_at: Date | null;
  actor: string;
  comment: string | null;
  total: number;
}

function scopeCondition(scope: FeedScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'unit':
      return sql<boolean>`c.unit_id = ${scope.unitId}`;
    case 'province':
      return sql<boolean>`c.province_id = ${scope.provinceId}`;
    case 'all':
      return sql<boolean>`true`;
  }
}

/**
 * The feed's cursor: the commit number and sequence of the last change read. The change is looked up by its sequence
 * (the key), so cursors made when the feed was ordered by transaction id resume at the same change.
 */
function afterCondition(request: PageRequest): RawBuilder<boolean> {
  if (request.after === null) return sql<boolean>`true`;
  const [commit, seq] = request.after;
  if (request.after.length !== 2 || typeof commit !== 'string' || typeof seq !== 'string' || !/^\d{1,20}$/.test(commit) || !/^\d{1,20}$/.test(seq)) {
    throw invalidCursor(request.cursor ?? '');
  }
  return sql<boolean>`(f.commit_seq, c.seq) > (coalesce((select lf.commit_seq from observation_change l join observation_change_commit lf on lf.txid = l.txid where l.seq = ${seq}::bigint), ${commit}::bigint), ${seq}::bigint)`;
}

/**
 * The changes after a cursor in the commit order of their transactions, then in the order written. Commit numbers are
 * given under a lock held until the commit is visible, so the committed changes a reader sees always form an unbroken
 * prefix of the order: a change committed late can never appear behind a cursor a reader already holds, and resuming
 * from the last cursor misses and repeats nothing.
 */
export async function readChanges(db: Kysely<unknown>, scope: FeedScope, request: PageRequest): Promise<{ changes: ObservationChange[]; cursors: string[]; hasNextPage: boolean; total: number }> {
  const { rows } = await sql<Row>`
    with visible as (
      select c.*, f.commit_seq from observation_change c join observation_change_commit f on f.txid = c.txid
      where ${scopeCondition(scope)} and f.commit_seq is not null and ${afterCondition(request)}
    )
    select v.seq::text as seq, v.commit_seq::text as commit_seq, v.kind, v.at, v.observation_id, v.unit_id, v.indicator_code, v.level, v.period, v.disaggregation_by,
      v.disaggregation_value, v.revision, v.status, v.value, v.numerator, v.denominator, v.illustrative, v.effective_at, v.actor, v.comment,
      (select count(*)::int from visible) as total
    from visible v order by v.commit_seq, v.seq limit ${request.first + 1}`.execute(db);
  const page = rows.slice(0, request.first);
  return {
    changes: page.map((row) => ({
      id: row.seq,
      kind: row.kind,
      at: new Date(row.at),
      observationId: String(row.observation_id),
      unitId: row.unit_id,
      indicatorCode: row.indicator_code,
      level: row.level,
      period: row.period,
      disaggregation: row.disaggregation_by === null ? null : { by: row.disaggregation_by, value: row.disaggregation_value ?? '' },
      revision: row.revision,
      status: row.status,
      value: row.value,
      numerator: row.numerator,
      denominator: row.denominator,
      illustrative: row.illustrative,
      effectiveAt: row.effective_at === null ? null : new Date(row.effective_at),
      actor: row.actor,
      comment: row.comment,
    })),
    cursors: page.map((row) => encodeCursor([row.commit_seq, row.seq])),
    hasNextPage: rows.length > request.first,
    total: rows[0]?.total ?? 0,
  };
}
