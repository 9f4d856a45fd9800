import type { ScratchDatabase } from './scratch-database.js';

/** School years the seeded demo data leaves empty, so a generated file only creates figures. */
export const GENERATED_PERIODS = ['2015-2016', '2016-2017', '2017-2018', '2018-2019', '2019-2020'] as const;

/** A count and a rate given as numerator and denominator: indicators whose figures no other figure constrains. */
const COUNT_INDICATOR = 'enrolment_count';
const RATE_INDICATOR = 'dropout_rate';

export interface GeneratedCsv {
  bytes: Buffer;
  rows: number;
  units: string[];
}

/**
 * A valid import file for every district of the last pre-reform list, two indicators at each of their levels and
 * the given school years: with five years, about 45,000 rows. Values come from the row's position, not from chance.
 */
export async function generateFiguresCsv(database: ScratchDatabase, periods: readonly string[] = GENERATED_PERIODS, maxUnits?: number): Promise<GeneratedCsv> {
  const units = (await database.query<{ id: string }>(`select id from admin_unit where kind = 'district' and valid_from is null and valid_to = '2025-07-01' order by id`))
    .map((row) => row.id)
    .slice(0, maxUnits);
  const levels = new Map(
    (await database.query<{ code: string; levels: string[] }>('select code, levels from indicator where code = any($1)', [[COUNT_INDICATOR, RATE_INDICATOR]])).map((row) => [row.code, row.levels]),
  );
  const lines = ['unit,period,level,indicator,value,numerator,denominator'];
  let position = 0;
  for (const unit of units) {
    for (const period of periods) {
      for (const level of levels.get(COUNT_INDICATOR) ?? []) {
        position += 1;
        lines.push(`${unit},${period},${level},${COUNT_INDICATOR},${1000 + ((position * 7919) % 9000)},,`);
      }
      for (const level of levels.get(RATE_INDICATOR) ?? []) {
        position += 1;
        const denominator = 1000 + ((position * 104_729) % 9000);
        const numerator = (position * 31) % Math.floor(denominator / 20);
        lines.push(`${unit},${period},${level},${RATE_INDICATOR},,${numerator},${denominator}`);
      }
    }
  }
  return { bytes: Buffer.from(`${lines.join('\n')}\n`, 'utf8'), rows: lines.length - 1, units };
}
