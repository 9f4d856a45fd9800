import { sql, type Kysely } from 'kysely';
import type { ProvinceAggregate } from './aggregate-figure.js';

interface AggregateRow {
  province_id: string;
  indicator_code: string;
  level: string;
  period: string;
  unit_ids: string[];
  lacking_unit_ids: string[];
  value_sum: number;
  numerator_sum: number;
  denominator_sum: number;
  illustrative: boolean;
}

/** The stored aggregates of a province for a period, optionally of one indicator and level, in one statement. */
export async function loadProvinceAggregates(
  db: Kysely<unknown>,
  provinceId: string,
  period: string,
  only?: { indicator: string; level: string },
): Promise<ProvinceAggregate[]> {
  const narrow = only ? sql`and indicator_code = ${only.indicator} and level = ${only.level}` : sql``;
  const { rows } = await sql<AggregateRow>`select province_id, indicator_code, level, period, unit_ids, lacking_unit_ids, value_sum,
      numerator_sum::float8 as numerator_sum, denominator_sum::float8 as denominator_sum, illustrative
    from province_aggregate where province_id = ${provinceId} and period = ${period} ${narrow}
    order by indicator_code, level`.execute(db);
  return rows.map((row) => ({
    provinceId: row.province_id,
    indicatorCode: row.indicator_code,
    level: row.level,
    period: row.period,
    unitIds: row.unit_ids,
    lackingUnitIds: row.lacking_unit_ids,
    valueSum: Number(row.value_sum),
    numeratorSum: Number(row.numerator_sum),
    denominatorSum: Number(row.denominator_sum),
    illustrative: row.illustrative,
  }));
}
