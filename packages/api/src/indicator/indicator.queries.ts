import { sql, type RawBuilder } from 'kysely';
import type { PageSource } from '../common/page-query.js';
import type { IndicatorFilter } from './indicator.type.js';

/** The catalogue in its own order, filtered by theme and level. */
export function indicatorListSource(filter: IndicatorFilter): PageSource {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.theme) conditions.push(sql`i.theme = ${filter.theme}`);
  if (filter.level) conditions.push(sql`${filter.level} = any(i.levels)`);
  return {
    rows: sql`select i.*, ''::text as _parent from indicator i where ${sql.join(conditions, sql` and `)}`,
    orderBy: ['position', 'code'],
  };
}
