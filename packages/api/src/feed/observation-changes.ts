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
  txid: string;
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

/** The feed's cursor: the transaction id and sequence of the last change read. */
function afterCondition(request: PageRequest): RawBuilder<boolean> {
  if (request.after === null) return sql<boolean>`true`;
  const [txid, seq] = request.after;
  if (request.after.length !== 2 || typeof txid !== 'string' || typeof seq !== 'string' || !/^\d{1,20}$/.test(txid) || !/^\d{1,20}$/.test(seq)) {
    throw invalidCursor(request.cursor ?? '');
  }
  return sql<boolean>`(c.txid, c.seq) > (${txid}::xid8, ${seq}::bigint)`;
}

/**
 * The changes after a cursor in a stable order. Only changes of transactions older than every transaction still
 * running are shown (below the snapshot's xmin): a change committed late by a long transaction can never appear
 * behind a cursor a reader already holds, so resuming from the last cursor misses nothing and repeats nothing.
 */
export async function readChanges(db: Kysely<unknown>, scope: FeedScope, request: PageRequest): Promise<{ changes: ObservationChange[]; cursors: string[]; hasNextPage: boolean; total: number }> {
  const { rows } = await sql<Row>`
    with visible as (
      select c.*, c.txid::text as txid_text from observation_change c
      where ${scopeCondition(scope)} and c.txid < pg_snapshot_xmin(pg_current_snapshot()) and ${afterCondition(request)}
    )
    select v.seq::text as seq, v.txid_text as txid, v.kind, v.at, v.observation_id, v.unit_id, v.indicator_code, v.level, v.period, v.disaggregation_by,
      v.disaggregation_value, v.revision, v.status, v.value, v.numerator, v.denominator, v.illustrative, v.effective_at, v.actor, v.comment,
      (select count(*)::int from visible) as total
    from visible v order by v.txid, v.seq limit ${request.first + 1}`.execute(db);
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
    cursors: page.map((row) => encodeCursor([row.txid, row.seq])),
    hasNextPage: rows.length > request.first,
    total: rows[0]?.total ?? 0,
  };
}
