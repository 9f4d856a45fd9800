import { sql, type RawBuilder } from 'kysely';
import type { PageSource } from '../common/page-query.js';
import type { TargetFilter } from './target.type.js';

/** The parent a nested target list hangs from. */
export type TargetParent = 'plan_id' | 'unit_id' | 'indicator_code';

function conditions(filter: TargetFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.unit) parts.push(sql`t.unit_id = ${filter.unit}`);
  if (filter.plan) parts.push(sql`t.plan_id = ${filter.plan}`);
  if (filter.indicator) parts.push(sql`t.indicator_code = ${filter.indicator}`);
  if (filter.level) parts.push(sql`t.level = ${filter.level}`);
  if (filter.period) parts.push(sql`t.period = ${filter.period}`);
  return sql.join(parts, sql` and `);
}

/** Targets in plan and document order, filtered; under parents when `parentIds` is given. */
export function targetSource(filter: TargetFilter, parent?: { column: TargetParent; ids: string[] }): PageSource {
  const rows = parent
    ? sql`select t.*, t.${sql.ref(parent.column)} as _parent from target t
        where t.${sql.ref(parent.column)} = any(${parent.ids}) and ${conditions(filter)}`
    : sql`select t.*, ''::text as _parent from target t where ${conditions(filter)}`;
  return { rows, orderBy: ['plan_id', 'position'] };
}
