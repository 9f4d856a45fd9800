import { sql, type RawBuilder } from 'kysely';
import type { UnpublishedScope } from '../auth/policy.js';
import type { PageSource } from '../common/page-query.js';
import type { ObservationFilter } from './observation.type.js';

/** The identity of a figure: one row of observation per key. */
export interface FigureKey {
  unitId: string;
  indicator: string;
  level: string;
  period: string;
  disaggregationBy: string | null;
  disaggregationValue: string | null;
}

/** A stable text form of a key, for DataLoader caches and maps. */
export function figureKeyText(key: FigureKey): string {
  return JSON.stringify([key.unitId, key.indicator, key.level, key.period, key.disaggregationBy, key.disaggregationValue]);
}

/** Whether the caller may read the current (possibly unpublished) revision of row `o`. */
function ownsRow(scope: UnpublishedScope): RawBuilder<boolean> {
  switch (scope.kind) {
    case 'none':
      return sql<boolean>`false`;
    case 'all':
      return sql<boolean>`true`;
    case 'unit':
      return sql<boolean>`(o.unit_id = ${scope.unitId})`;
    case 'province':
      return sql<boolean>`(o.province_id = ${scope.provinceId})`;
  }
}

/**
 * Every figure the caller may see, with the revision they may see: the current one within their scope, the latest
 * published one elsewhere. Figures never published are invisible outside the scope.
 */
export function visibleObservations(scope: UnpublishedScope): RawBuilder<Record<string, unknown>> {
  const own = ownsRow(scope);
  if (scope.kind === 'none') {
    return sql`select o.id, o.indicator_code, o.unit_id, o.province_id, o.level, o.period, o.disaggregation_by, o.disaggregation_value,
        o.published_value as value, o.published_numerator as numerator, o.published_denominator as denominator,
        'published'::text as status, o.published_revision as revision, o.published_illustrative as illustrative, o.published_source as source, o.updated_at
      from observation o where o.published_revision is not null`;
  }
  return sql`select o.id, o.indicator_code, o.unit_id, o.province_id, o.level, o.period, o.disaggregation_by, o.disaggregation_value,
      case when ${own} then o.value else o.published_value end as value,
      case when ${own} then o.numerator else o.published_numerator end as numerator,
      case when ${own} then o.denominator else o.published_denominator end as denominator,
      case when ${own} then o.status::text else 'published' end as status,
      case when ${own} then o.revision else o.published_revision end as revision,
      case when ${own} then o.illustrative else o.published_illustrative end as illustrative,
      case when ${own} then o.source else o.published_source end as source, o.updated_at
    from observation o where (${own} or o.published_revision is not null)`;
}

function conditions(filter: ObservationFilter): RawBuilder<unknown> {
  const parts: RawBuilder<unknown>[] = [sql`true`];
  if (filter.province) parts.push(sql`v.province_id = ${filter.province}`);
  if (filter.districts) parts.push(sql`v.unit_id = any(${filter.districts})`);
  if (filter.units) parts.push(sql`v.unit_id = any(${filter.units})`);
  if (filter.levels) parts.push(sql`v.level = any(${filter.levels})`);
  if (filter.periods) parts.push(sql`v.period = any(${filter.periods})`);
  if (filter.indicators) parts.push(sql`v.indicator_code = any(${filter.indicators})`);
  if (filter.statuses) parts.push(sql`v.status = any(${filter.statuses})`);
  if (filter.includeIllustrative === false) parts.push(sql`not v.illustrative`);
  return sql.join(parts, sql` and `);
}

const ORDER = ['unit_id', 'indicator_code', 'level', 'period', 'id'] as const;

/** Figures the caller may see, filtered, by unit, indicator, level and period; under units when `unitIds` is given. */
export function observationSource(scope: UnpublishedScope, filter: ObservationFilter, unitIds?: string[]): PageSource {
  const rows =
    unitIds === undefined
      ? sql`select v.*, ''::text as _parent from (${visibleObservations(scope)}) v where ${conditions(filter)}`
      : sql`select v.*, v.unit_id as _parent from (${visibleObservations(scope)}) v where v.unit_id = any(${unitIds}) and ${conditions(filter)}`;
  return unitIds === undefined ? { rows, orderBy: ORDER, root: true } : { rows, orderBy: ORDER, parents: unitIds };
}

/** The figures the caller may see for these keys, in one statement. */
export function observationsByKeys(scope: UnpublishedScope, keys: readonly FigureKey[]): RawBuilder<Record<string, unknown>> {
  return sql`select v.* from (${visibleObservations(scope)}) v
    join unnest(${keys.map((k) => k.unitId)}::text[], ${keys.map((k) => k.indicator)}::text[], ${keys.map((k) => k.level)}::text[],
      ${keys.map((k) => k.period)}::text[], ${keys.map((k) => k.disaggregationBy)}::text[], ${keys.map((k) => k.disaggregationValue)}::text[])
      as k(unit_id, indicator_code, level, period, disaggregation_by, disaggregation_value)
    on v.unit_id = k.unit_id and v.indicator_code = k.indicator_code and v.level = k.level and v.period = k.period
      and v.disaggregation_by is not distinct from k.disaggregation_by and v.disaggregation_value is not distinct from k.disaggregation_value`;
}

/** The revisions of figures the caller may see: every revision within their scope, published ones elsewhere. */
export function revisionSource(scope: UnpublishedScope, observationIds: string[]): PageSource {
  const visible = scope.kind === 'none' ? sql`r.status = 'published'` : sql`(${ownsRow(scope)} or r.status = 'published')`;
  return {
    rows: sql`select r.*, r.observation_id::text as _parent from observation_revision r join observation o on o.id = r.observation_id
      where r.observation_id = any(${observationIds.map(Number)}::int[]) and ${visible}`,
    orderBy: ['number'],
  };
}

/** The targets set for these figure keys (a plan may set two targets on one figure). */
export function targetsByKeys(keys: readonly FigureKey[]): RawBuilder<Record<string, unknown>> {
  return sql`select t.* from target t
    join unnest(${keys.map((k) => k.unitId)}::text[], ${keys.map((k) => k.indicator)}::text[], ${keys.map((k) => k.level)}::text[],
      ${keys.map((k) => k.period)}::text[], ${keys.map((k) => k.disaggregationBy)}::text[], ${keys.map((k) => k.disaggregationValue)}::text[])
      as k(unit_id, indicator_code, level, period, disaggregation_by, disaggregation_value)
    on t.unit_id = k.unit_id and t.indicator_code = k.indicator_code and t.level = k.level and t.period = k.period
      and t.disaggregation_by is not distinct from k.disaggregation_by and t.disaggregation_value is not distinct from k.disaggregation_value
    order by t.plan_id, t.position`;
}
