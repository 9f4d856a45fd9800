import { findIndicator, summariseAttainments, type AttainmentSummary, type Comparator } from '@edu-vn/domain';
import { sql } from 'kysely';
import type { Context } from '../context.js';
import { visibleObservations } from '../observation/observation.queries.js';
import { viewerScope } from '../observation/observation-visibility.js';
import { judgeTarget } from '../scorecard/judge-target.js';

interface TargetFigureRow {
  unit_id: string;
  indicator_code: string;
  comparator: Comparator;
  value: number;
  value_max: number | null;
  observed: number | null;
  illustrative: boolean | null;
}

/** One unit's targets for a period counted by attainment. */
export interface UnitAttainments {
  unitId: string;
  summary: AttainmentSummary;
  illustrative: boolean;
}

/**
 * Judges every target the units set for the period against the figure the caller may see, as the district scorecard
 * does, in one statement: only the columns judging needs are read, and no row becomes an entity.
 */
export async function loadUnitAttainments(ctx: Context, unitIds: readonly string[], period: string): Promise<UnitAttainments[]> {
  if (unitIds.length === 0) return [];
  const { rows } = await sql<TargetFigureRow>`select t.unit_id, t.indicator_code, t.comparator, t.value, t.value_max, v.value as observed, v.illustrative
    from target t
    left join (${visibleObservations(viewerScope(ctx))}) v on v.unit_id = t.unit_id and v.indicator_code = t.indicator_code and v.level = t.level
      and v.period = t.period and v.disaggregation_by is not distinct from t.disaggregation_by and v.disaggregation_value is not distinct from t.disaggregation_value
    where t.unit_id = any(${[...unitIds]}::text[]) and t.period = ${period}`.execute(ctx.db);
  const byUnit = new Map<string, { statuses: { status: ReturnType<typeof judgeTarget>['status'] }[]; illustrative: boolean }>(
    unitIds.map((id) => [id, { statuses: [], illustrative: false }]),
  );
  for (const row of rows) {
    const indicator = findIndicator(row.indicator_code);
    if (!indicator) throw new Error(`target of unit ${row.unit_id} refers to missing indicator ${row.indicator_code}`);
    const actual = row.observed === null ? null : { value: Number(row.observed), illustrative: row.illustrative === true };
    const attainment = judgeTarget({ comparator: row.comparator, value: Number(row.value), valueMax: row.value_max === null ? null : Number(row.value_max) }, actual, {
      direction: indicator.direction,
      distributionCode: indicator.distribution ?? null,
    });
    const entry = byUnit.get(row.unit_id);
    if (!entry) continue;
    entry.statuses.push({ status: attainment.status });
    if (actual?.illustrative) entry.illustrative = true;
  }
  return [...byUnit].map(([unitId, entry]) => ({ unitId, summary: summariseAttainments(entry.statuses), illustrative: entry.illustrative }));
}
