import { postGraphql } from '../measure/graphql-client.ts';
import { ANALYST_PARAMS, FULL_PULL_PROVINCE, type AnalystQueryKey } from './analyst-params.ts';

type Data = Record<string, any>;

/** PostGraphile v5 serving the same database from this process, asked the same five questions. */
export interface PostGraphileSide {
  run(key: AnalystQueryKey): Promise<number>;
  fullPull(): Promise<number>;
  close(): Promise<void>;
}

const NAMES: Record<AnalystQueryKey, string> = {
  scorecard: 'provinceScorecard',
  series: 'districtSeries',
  comparison: 'districtComparison',
  pull: 'provincePull',
  page: 'observationPage',
};

/** How many rows an answer holds, to check that each side returns the same data. */
function rowsOf(key: AnalystQueryKey, data: Data): number {
  if (key === 'scorecard') {
    return data.allAdminUnits.nodes.length + data.allAdminUnits.nodes.reduce((sum: number, unit: Data) => sum + unit.targetsByUnitId.nodes.length, 0);
  }
  if (key === 'comparison') return data.allAdminUnits.nodes.length;
  return data.allObservations.nodes.length;
}

/** Starts PostGraphile from bench/postgraphile/, or returns why it cannot (not installed here). */
export async function openPostGraphile(databaseUrl: string): Promise<PostGraphileSide | string> {
  let module: Data;
  try {
    module = await import('../postgraphile/index.ts');
  } catch (error) {
    return `PostGraphile not available: ${(error as Error).message.split('\n')[0]}`;
  }
  const running = await module.startPostGraphile(databaseUrl, { poolSize: 4 });
  const url = `${running.url}/graphql`;
  const queries = new Map<string, Data>((module.POSTGRAPHILE_QUERIES as Data[]).map((query) => [query.name, query]));
  const ask = (key: AnalystQueryKey, extra: Record<string, unknown> = {}) => {
    const query = queries.get(NAMES[key])!;
    return postGraphql<Data>(url, { query: query.document, variables: { ...query.variables(ANALYST_PARAMS[key]), ...extra } });
  };
  return {
    run: async (key) => rowsOf(key, await ask(key)),
    async fullPull() {
      let after: string | null = null;
      let rows = 0;
      for (;;) {
        const data: Data = await ask('pull', { after, province: FULL_PULL_PROVINCE });
        rows += data.allObservations.nodes.length;
        if (!data.allObservations.pageInfo.hasNextPage) return rows;
        after = data.allObservations.pageInfo.endCursor;
      }
    },
    close: () => running.close(),
  };
}
