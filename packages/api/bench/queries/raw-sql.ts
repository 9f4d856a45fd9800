import type pg from 'pg';
import { ANALYST_PARAMS } from './analyst-params.ts';

/**
 * The SQL an analyst would write by hand for the same data as each GraphQL query (same rows, published figures
 * only), run through pg on one pooled connection: the floor our API is measured against.
 */
export type RawQuery = (db: pg.Pool) => Promise<unknown>;

const PUBLISHED_COLUMNS = `o.id, o.unit_id, o.indicator_code, o.level, o.period, o.published_value as value, o.published_numerator as numerator,
  o.published_denominator as denominator, 'published' as status, o.published_revision as revision, o.published_illustrative as illustrative,
  o.published_source as source, o.updated_at`;

/** (1) Every district of the province, their targets for the period with the published figure of each, and the province's sums. */
export const provinceScorecardSql: RawQuery = async (db) => {
  const { province, period } = ANALYST_PARAMS.scorecard;
  return Promise.all([
    db.query(`select id, name from admin_unit where parent_id = $1 and kind = 'district' order by id`, [province]),
    db.query(
      `select t.unit_id, t.id, t.indicator_code, t.level, t.comparator, t.value as target, t.value_max, t.wording,
         o.published_value as value, o.published_numerator as numerator, o.published_denominator as denominator, o.published_illustrative as illustrative
       from admin_unit u join target t on t.unit_id = u.id and t.period = $2
       left join observation o on o.unit_id = t.unit_id and o.indicator_code = t.indicator_code and o.level = t.level and o.period = t.period
         and o.disaggregation_by is not distinct from t.disaggregation_by and o.disaggregation_value is not distinct from t.disaggregation_value
         and o.published_revision is not null
       where u.parent_id = $1 and u.kind = 'district' order by t.unit_id, t.plan_id, t.position`,
      [province, period],
    ),
    db.query(
      `select o.indicator_code, i.name_vi, o.level, sum(o.published_numerator) as numerator, sum(o.published_denominator) as denominator,
         sum(o.published_value) as value_sum, count(*) as units_reporting, bool_or(o.published_illustrative) as illustrative
       from observation o join admin_unit u on u.id = o.unit_id join indicator i on i.code = o.indicator_code
       where o.province_id = $1 and u.parent_id = $1 and u.kind = 'district' and o.period = $2 and o.published_revision is not null and o.disaggregation_by is null
       group by o.indicator_code, i.name_vi, i.position, o.level order by i.position, o.level`,
      [province, period],
    ),
  ]);
};

/** (2) A district's published totals for one indicator and level, ten school years. */
export const districtSeriesSql: RawQuery = (db) => {
  const { district, indicator, level, from, to } = ANALYST_PARAMS.series;
  return db.query(
    `select period, published_value as value, published_numerator as numerator, published_denominator as denominator, published_illustrative as illustrative
     from observation where unit_id = $1 and indicator_code = $2 and level = $3 and period between $4 and $5
       and disaggregation_by is null and published_revision is not null order by period`,
    [district, indicator, level, from, to],
  );
};

/** (3) Every district of the province with its published total, ranked, plus the province as published and summed. */
export const districtComparisonSql: RawQuery = (db) => {
  const { province, indicator, level, period } = ANALYST_PARAMS.comparison;
  return db.query(
    `with figures as (
       select u.id, u.name, o.published_value as value, o.published_numerator as numerator, o.published_denominator as denominator
       from admin_unit u left join observation o on o.unit_id = u.id and o.indicator_code = $2 and o.level = $3 and o.period = $4
         and o.disaggregation_by is null and o.published_revision is not null
       where u.parent_id = $1 and u.kind = 'district')
     select id, name, value, numerator, denominator, rank() over (order by value desc nulls last) as rank,
       (select published_value from observation where unit_id = $1 and indicator_code = $2 and level = $3 and period = $4
          and disaggregation_by is null and published_revision is not null) as province_as_published,
       100.0 * sum(numerator) over () / nullif(sum(denominator) over (), 0) as province_aggregated
     from figures order by id`,
    [province, indicator, level, period],
  );
};

/** (4) One page of the Sở's pull, in the API's order, resuming after the last key of the previous page; the total counted apart, as a client would. */
export function provincePullPageSql(after: readonly unknown[] | null, province: string = ANALYST_PARAMS.pull.province, withTotal = true): RawQuery {
  const { period } = ANALYST_PARAMS.pull;
  return async (db) => {
    const total = withTotal ? await db.query('select count(*) from observation where province_id = $1 and period = $2 and published_revision is not null', [province, period]) : null;
    const page = await db.query(
      `select ${PUBLISHED_COLUMNS}
       from observation o
       where o.province_id = $1 and o.period = $2 and o.published_revision is not null
         ${after ? 'and (o.unit_id, o.indicator_code, o.level, o.period, o.id) > ($3, $4, $5, $6, $7)' : ''}
       order by o.unit_id, o.indicator_code, o.level, o.period, o.id limit 100`,
      after ? [province, period, ...after] : [province, period],
    );
    return Object.assign(page, { total: total?.rows[0]?.count });
  };
}

/** (5) The first 100 published figures of one indicator, level and year nationwide, with unit and indicator names, and their total. */
export const observationPageSql: RawQuery = async (db) => {
  const { indicator, level, period } = ANALYST_PARAMS.page;
  const total = await db.query('select count(*) from observation where indicator_code = $1 and level = $2 and period = $3 and published_revision is not null', [indicator, level, period]);
  const page = await db.query(
    `select o.published_value as value, o.published_numerator as numerator, o.published_denominator as denominator, o.level, o.period,
       o.published_illustrative as illustrative, u.id as unit_id, u.name as unit_name, i.code, i.name_vi
     from observation o join admin_unit u on u.id = o.unit_id join indicator i on i.code = o.indicator_code
     where o.indicator_code = $1 and o.level = $2 and o.period = $3 and o.published_revision is not null
     order by o.unit_id, o.indicator_code, o.level, o.period, o.id limit 100`,
    [indicator, level, period],
  );
  return Object.assign(page, { total: total.rows[0]?.count });
};
