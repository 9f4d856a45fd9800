import { sql, type Kysely, type RawBuilder } from 'kysely';

/** A province's direct units: districts of a pre-reform province, communes of a post-reform one. */
const DIRECT_UNIT = sql`u.kind = case when p.era = 'pre-reform' then 'district' else 'commune' end`;

const SUMS = sql`array_agg(o.unit_id order by o.unit_id) as unit_ids,
      coalesce(array_agg(o.unit_id order by o.unit_id) filter (where o.published_numerator is null or o.published_denominator is null), '{}') as lacking_unit_ids,
      sum(o.published_value) as value_sum, coalesce(sum(o.published_numerator), 0) as numerator_sum,
      coalesce(sum(o.published_denominator), 0) as denominator_sum, coalesce(bool_or(o.published_illustrative), false) as illustrative, now() as refreshed_at`;

/** The sums of published totals of every province, indicator, level and period: one pass over the table. */
function allAggregates(): RawBuilder<unknown> {
  return sql`select p.id as province_id, o.indicator_code, o.level, o.period, ${SUMS}
    from observation o
    join admin_unit u on u.id = o.unit_id
    join admin_unit p on p.id = u.parent_id and p.kind = 'province' and ${DIRECT_UNIT}
    where o.published_revision is not null and o.disaggregation_by is null
    group by p.id, o.indicator_code, o.level, o.period`;
}

/** The sums for the given keys only, read key by key: each province's units, then each unit's figure by its key. */
function aggregatesOf(keys: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`select k.province_id, k.indicator_code, k.level, k.period, ${SUMS}
    from (${keys}) k
    join admin_unit p on p.id = k.province_id
    join admin_unit u on u.parent_id = p.id and ${DIRECT_UNIT}
    join observation o on o.indicator_code = k.indicator_code and o.unit_id = u.id and o.level = k.level and o.period = k.period
      and o.disaggregation_by is null and o.published_revision is not null
    group by k.province_id, k.indicator_code, k.level, k.period`;
}

/** The aggregate keys the given figures fall under; the figures are read first, by id, whatever the planner guesses. */
function keysOf(observationIds: readonly number[]): RawBuilder<unknown> {
  return sql`with changed as materialized (
      select unit_id, indicator_code, level, period from observation where id = any(${[...observationIds]}::int[]) and disaggregation_by is null
    )
    select distinct p.id as province_id, o.indicator_code, o.level, o.period
    from changed o
    join admin_unit u on u.id = o.unit_id
    join admin_unit p on p.id = u.parent_id and p.kind = 'province' and ${DIRECT_UNIT}`;
}

const COLUMNS = sql`(province_id, indicator_code, level, period, unit_ids, lacking_unit_ids, value_sum, numerator_sum, denominator_sum, illustrative, refreshed_at)`;

/**
 * Recomputes the province aggregates touched by these figures inside the caller's transaction (two statements), or
 * every aggregate when no figures are named (after a seed or a bulk load).
 */
export async function refreshProvinceAggregates(db: Kysely<unknown>, observationIds?: readonly number[]): Promise<void> {
  if (observationIds === undefined) {
    await sql`delete from province_aggregate`.execute(db);
    await sql`insert into province_aggregate ${COLUMNS} ${allAggregates()}`.execute(db);
    return;
  }
  if (observationIds.length === 0) return;
  const keys = keysOf(observationIds);
  await sql`delete from province_aggregate a using (${keys}) k
    where a.province_id = k.province_id and a.indicator_code = k.indicator_code and a.level = k.level and a.period = k.period`.execute(db);
  await sql`insert into province_aggregate ${COLUMNS} ${aggregatesOf(keys)}`.execute(db);
}
