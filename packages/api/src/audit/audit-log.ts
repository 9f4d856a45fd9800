import { sql, type RawBuilder } from 'kysely';
import type { PageSource } from '../common/page-query.js';
import type { AuditEvent, AuditEventFilter } from './audit-event.type.js';

/**
 * The audit log as one list: entries of audit_event and every change of a figure from observation_change, in time
 * order. Times are compared in microseconds, as stored, so paging never repeats or skips an entry.
 */
export function auditLogSource(filter: AuditEventFilter): PageSource {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.since) parts.push(sql`e.at >= ${filter.since}::timestamptz`);
  if (filter.until) parts.push(sql`e.at < ${filter.until}::timestamptz`);
  if (filter.actor) parts.push(sql`e.actor = ${filter.actor}`);
  if (filter.action) parts.push(filter.action.endsWith('.') ? sql`starts_with(e.action, ${filter.action})` : sql`e.action = ${filter.action}`);
  if (filter.unit) parts.push(sql`e.unit_id = ${filter.unit}`);
  if (filter.subjectType) parts.push(sql`e.subject_type = ${filter.subjectType}`);
  if (filter.subjectId) parts.push(sql`e.subject_id = ${filter.subjectId}`);
  const rows = sql`select e.*, ''::text as _parent from (
      select (extract(epoch from a.at) * 1000000)::bigint as at_us, 'a'::text as source, a.id as entry_id, a.at, a.actor, a.action, a.subject_type,
        a.subject_id, a.unit_id, a.details, a.comment
      from audit_event a
      union all
      select (extract(epoch from c.at) * 1000000)::bigint, 'c', c.seq, c.at, c.actor, 'observation.' || c.kind, 'observation', c.observation_id::text, c.unit_id,
        jsonb_build_object('indicator', c.indicator_code, 'level', c.level, 'period', c.period, 'disaggregationBy', c.disaggregation_by,
          'disaggregationValue', c.disaggregation_value, 'revision', c.revision, 'status', c.status, 'value', c.value, 'numerator', c.numerator,
          'denominator', c.denominator, 'effectiveAt', c.effective_at),
        c.comment
      from observation_change c
    ) e where ${sql.join(parts, sql` and `)}`;
  return { rows, orderBy: ['at_us', 'source', 'entry_id'] };
}

export function auditEventFromRow(row: Record<string, unknown>): AuditEvent {
  return {
    id: `${String(row.source)}${String(row.entry_id)}`,
    at: new Date(row.at as string | Date),
    actor: String(row.actor),
    action: String(row.action),
    subjectType: String(row.subject_type),
    subjectId: String(row.subject_id),
    unitId: (row.unit_id as string | null) ?? null,
    details: (row.details as Record<string, unknown>) ?? {},
    comment: (row.comment as string | null) ?? null,
  };
}
