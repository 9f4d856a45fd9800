import type pg from 'pg';
import { postGraphql } from '../measure/graphql-client.ts';
import { ANALYST_PARAMS, FULL_PULL_PROVINCE, type AnalystQueryKey } from './analyst-params.ts';
import { DISTRICT_COMPARISON, DISTRICT_SERIES, districtScorecard, OBSERVATION_PAGE, provincePull, provinceScorecard } from './graphql-documents.ts';
import { districtComparisonSql, districtSeriesSql, observationPageSql, provincePullPageSql, provinceScorecardSql } from './raw-sql.ts';

/** One analyst question, asked three ways; each returns how many rows (figures, targets or units) came back. */
export interface AnalystQuery {
  key: AnalystQueryKey;
  title: string;
  graphql(url: string): Promise<number>;
  sql(pool: pg.Pool): Promise<number>;
}

type Data = Record<string, any>;

/** The districts of a province, for the scorecard asked district by district. */
async function districtsOf(pool: pg.Pool, province: string): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(`select id from admin_unit where parent_id = $1 and kind = 'district' order by id`, [province]);
  return rows.map((row) => row.id);
}

/** The five queries analysts run most; `provinceScorecardQuery` tells whether the API answers (1) in one request. */
export function analystQueries(pool: pg.Pool, provinceScorecardQuery: boolean): AnalystQuery[] {
  const scorecard = ANALYST_PARAMS.scorecard;
  return [
    {
      key: 'scorecard',
      title: provinceScorecardQuery ? `(1) province scorecard, Trà Vinh ${scorecard.period}` : `(1) province scorecard, Trà Vinh ${scorecard.period} (one scorecard request per district)`,
      async graphql(url) {
        if (provinceScorecardQuery) {
          const data = await postGraphql<Data>(url, provinceScorecard(scorecard.province, scorecard.period));
          return data.provinceScorecard.units.length + data.provinceScorecard.figures.length;
        }
        let rows = 0;
        for (const district of await districtsOf(pool, scorecard.province)) {
          const data = await postGraphql<Data>(url, districtScorecard(district, scorecard.period));
          rows += 1 + data.scorecard.levels.reduce((sum: number, level: Data) => sum + level.entries.length, 0);
        }
        return rows;
      },
      async sql(db) {
        const [units, , figures] = (await provinceScorecardSql(db)) as pg.QueryResult[];
        return units!.rowCount! + figures!.rowCount!;
      },
    },
    {
      key: 'series',
      title: `(2) district time series, Duyên Hải, dropout THCS, ten years`,
      graphql: async (url) => (await postGraphql<Data>(url, DISTRICT_SERIES)).series.points.filter((point: Data) => point.value !== null).length,
      sql: async (db) => ((await districtSeriesSql(db)) as pg.QueryResult).rowCount!,
    },
    {
      key: 'comparison',
      title: '(3) districts compared, Hà Nội, dropout THCS 2024-2025',
      graphql: async (url) => (await postGraphql<Data>(url, DISTRICT_COMPARISON)).districtComparison.districts.length,
      sql: async (db) => ((await districtComparisonSql(db)) as pg.QueryResult).rowCount!,
    },
    {
      key: 'pull',
      title: '(4) Sở pull, Hà Nội 2024-2025, first 100',
      graphql: async (url) => (await postGraphql<Data>(url, provincePull(null))).observations.nodes.length,
      sql: async (db) => ((await provincePullPageSql(null)(db)) as pg.QueryResult).rowCount!,
    },
    {
      key: 'page',
      title: '(5) filtered page, dropout THCS 2024-2025 nationwide, first 100 with names',
      graphql: async (url) => (await postGraphql<Data>(url, OBSERVATION_PAGE)).observations.nodes.length,
      sql: async (db) => ((await observationPageSql(db)) as pg.QueryResult).rowCount!,
    },
  ];
}

/** The whole pull of FULL_PULL_PROVINCE through every page of 100 with our API; returns the figures received. */
export async function fullPullGraphql(url: string): Promise<number> {
  let after: string | null = null;
  let rows = 0;
  for (;;) {
    const data: Data = await postGraphql<Data>(url, provincePull(after, FULL_PULL_PROVINCE));
    rows += data.observations.nodes.length;
    if (!data.observations.pageInfo.hasNextPage) return rows;
    after = data.observations.pageInfo.endCursor;
  }
}

/** The whole pull with raw SQL, keyset page after page, the total counted once. */
export async function fullPullSql(pool: pg.Pool): Promise<number> {
  let after: unknown[] | null = null;
  let rows = 0;
  for (;;) {
    const result = (await provincePullPageSql(after, FULL_PULL_PROVINCE, after === null)(pool)) as pg.QueryResult;
    rows += result.rowCount!;
    const last = result.rows.at(-1);
    if (result.rowCount! < 100 || !last) return rows;
    after = [last.unit_id, last.indicator_code, last.level, last.period, last.id];
  }
}
