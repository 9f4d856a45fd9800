import { sql, type RawBuilder } from 'kysely';
import type { PageSource } from '../common/page-query.js';
import type { PlanFilter } from './plan.type.js';

/** Every plan column but the full text, which lists never need. */
const PLAN_COLUMNS = sql`p.id, p.number, p.title, p.issuer, p.unit_id, p.issued_on, p.signer_name, p.signer_title, p.period, p.theme, p.source`;

/** Plans in id order, filtered by unit and period. */
export function planListSource(filter: PlanFilter): PageSource {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.unit) conditions.push(sql`p.unit_id = ${filter.unit}`);
  if (filter.period) conditions.push(sql`p.period = ${filter.period}`);
  return { rows: sql`select ${PLAN_COLUMNS}, ''::text as _parent from plan p where ${sql.join(conditions, sql` and `)}`, orderBy: ['id'] };
}

/** Plans of each unit. */
export function plansOfUnitsSource(unitIds: string[]): PageSource {
  return { rows: sql`select ${PLAN_COLUMNS}, p.unit_id as _parent from plan p where p.unit_id = any(${unitIds})`, orderBy: ['id'] };
}

/** Rows of a plan's child table (task groups, deadlines) in document order. */
export function planChildrenSource(table: 'plan_task_group' | 'plan_deadline', planIds: string[]): PageSource {
  return { rows: sql`select c.*, c.plan_id as _parent from ${sql.table(table)} c where c.plan_id = any(${planIds})`, orderBy: ['position'] };
}

/** The full texts of plans, read apart from the plan rows because they are long. */
export function planTextsQuery(planIds: readonly string[]): RawBuilder<{ id: string; text: string }> {
  return sql`select id, text from plan where id = any(${planIds})`;
}
