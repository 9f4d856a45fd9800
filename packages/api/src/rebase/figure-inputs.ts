import { sql } from 'kysely';
import type { UnpublishedScope } from '../auth/policy.js';
import type { Context } from '../context.js';
import { observationFromRow } from '../observation/observation.mapper.js';
import { visibleObservations } from '../observation/observation.queries.js';
import type { Observation } from '../observation/observation.type.js';

/** Totals (no breakdown) of one indicator and level for some units and periods, keyed "unit|period". */
export type FigureTable = ReadonlyMap<string, Observation>;

export const cellKey = (unitId: string, period: string) => `${unitId}|${period}`;

/** Every figure a computation may need, fetched in one statement whatever the number of units and periods. */
export async function fetchFigureTable(
  ctx: Context,
  scope: UnpublishedScope,
  query: { indicator: string; level: string; periods: readonly string[]; unitIds: readonly string[] },
): Promise<FigureTable> {
  if (query.unitIds.length === 0 || query.periods.length === 0) return new Map();
  const { rows } = await sql<Record<string, unknown>>`select v.* from (${visibleObservations(scope)}) v
    where v.indicator_code = ${query.indicator} and v.level = ${query.level} and v.disaggregation_by is null
      and v.period = any(${[...query.periods]}::text[]) and v.unit_id = any(${[...new Set(query.unitIds)]}::text[])`.execute(ctx.db);
  return new Map(rows.map(observationFromRow).map((observation) => [cellKey(observation.unitId, observation.period), observation]));
}
