import { sql, type Kysely } from 'kysely';
import type { ChangeKind } from './observation-change.entity.js';

/** One change to log: which figure, and the comment or reason that goes with it. */
export interface ChangeNote {
  observationId: number;
  comment: string | null;
}

/**
 * Logs a change of figures in the feed, copying each figure as it now is (call it after the update, in the same
 * transaction). One statement however many figures.
 */
export async function recordChanges(db: Kysely<unknown>, kind: ChangeKind, actor: string, notes: readonly ChangeNote[], effectiveAt: Date | null = null): Promise<void> {
  if (notes.length === 0) return;
  await sql`insert into observation_change (observation_id, unit_id, province_id, indicator_code, level, period, disaggregation_by,
      disaggregation_value, kind, revision, status, value, numerator, denominator, illustrative, effective_at, actor, comment)
    select o.id, o.unit_id, o.province_id, o.indicator_code, o.level, o.period, o.disaggregation_by, o.disaggregation_value,
      ${kind}, o.revision, o.status, o.value, o.numerator, o.denominator, o.illustrative, ${effectiveAt}::timestamptz, ${actor}, n.comment
    from unnest(${notes.map((note) => note.observationId)}::int[], ${notes.map((note) => note.comment)}::text[]) with ordinality as n(id, comment, position)
    join observation o on o.id = n.id
    order by n.position`.execute(db);
}
