import type { BenchContext } from '../measure/bench-context.ts';
import type { MarkdownOut } from '../measure/bench-report.ts';
import { ms, summarise, timeRuns } from '../measure/percentiles.ts';
import { FULL_PULL_PROVINCE } from '../queries/analyst-params.ts';
import { analystQueries, fullPullGraphql, fullPullSql } from '../queries/analyst-queries.ts';
import { openPostGraphile } from '../queries/postgraphile-side.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 10);
const PULL_RUNS = Number(process.env.BENCH_PULL_RUNS ?? 3);

const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/**
 * (a) The five analyst queries, each as our GraphQL over HTTP, the raw SQL returning the same rows (pg, in this
 * process) and PostGraphile v5 over HTTP, measured one after the other in one run; then the whole province pull.
 */
export async function compareQueries(context: BenchContext, out: MarkdownOut): Promise<void> {
  const postgraphile = await openPostGraphile(context.database.url);
  try {
    out.line(`## Five analyst queries: our GraphQL, raw SQL, PostGraphile v5`);
    out.line();
    out.line(`Synthetic data. ${RUNS} sequential requests per query and side after ${WARM_UP} warm-up requests; latency in ms from request to parsed answer.`);
    out.line('GraphQL and PostGraphile are served over HTTP on loopback from the benchmark process; raw SQL runs through pg in the same process (no HTTP), so the ratio includes HTTP and JSON.');
    out.line('Our API is measured twice: with its response cache off (every request computes its answer: the ratios use this) and as deployed, where an anonymous answer is kept until the next publication, so repeated requests are cache hits.');
    if (typeof postgraphile === 'string') out.line(postgraphile);
    out.line();
    const rows: (string | number)[][] = [];
    for (const query of analystQueries(context.pool, context.hasProvinceScorecard)) {
      context.statements.splice(0);
      const graphqlRows = await query.graphql(context.uncachedGraphqlUrl);
      const statements = context.statements.length;
      const sqlRows = await query.sql(context.pool);
      const ours = summarise(await timeRuns(() => query.graphql(context.uncachedGraphqlUrl), RUNS, WARM_UP));
      const cached = summarise(await timeRuns(() => query.graphql(context.graphqlUrl), RUNS, WARM_UP));
      const raw = summarise(await timeRuns(() => query.sql(context.pool), RUNS, WARM_UP));
      let theirs = summarise([]);
      let theirRows: number | string = '–';
      if (typeof postgraphile !== 'string') {
        theirRows = await postgraphile.run(query.key);
        theirs = summarise(await timeRuns(() => postgraphile.run(query.key), RUNS, WARM_UP));
      }
      rows.push([
        query.title, `${graphqlRows} / ${sqlRows} / ${theirRows}`, statements,
        `${ms(ours.p50)} / ${ms(ours.p95)} / ${ms(ours.p99)}`, `${ms(cached.p50)} / ${ms(cached.p95)} / ${ms(cached.p99)}`, `${ms(raw.p50)} / ${ms(raw.p95)} / ${ms(raw.p99)}`, `${ms(theirs.p50)} / ${ms(theirs.p95)} / ${ms(theirs.p99)}`,
        `${ratio(ours.p50, raw.p50)} (p95 ${ratio(ours.p95, raw.p95)})`, `${ratio(ours.p50, theirs.p50)} (p95 ${ratio(ours.p95, theirs.p95)})`,
      ]);
      process.stderr.write(`compare: ${query.key} done\n`);
    }
    out.table(['query', 'rows ours / SQL / PostGraphile', 'SQL statements (ours)', 'GraphQL, cache off: p50 / p95 / p99', 'GraphQL, cached: p50 / p95 / p99', 'raw SQL p50 / p95 / p99', 'PostGraphile p50 / p95 / p99', 'GraphQL (cache off) / SQL', 'GraphQL (cache off) / PostGraphile'], rows);

    out.line(`### The whole pull: province ${FULL_PULL_PROVINCE} (${FULL_PULL_PROVINCE === '84' ? 'Trà Vinh' : 'see BENCH_FULL_PULL_PROVINCE'}) 2024-2025, every page of 100, ${PULL_RUNS} run(s) after one warm-up`);
    out.line();
    const pullRows: (string | number)[][] = [];
    const ourPull = await fullPullGraphql(context.uncachedGraphqlUrl);
    process.stderr.write(`compare: full pull ${ourPull} figures\n`);
    const ours = summarise(await timeRuns(() => fullPullGraphql(context.uncachedGraphqlUrl), PULL_RUNS, 0));
    const rawPull = await fullPullSql(context.pool);
    const raw = summarise(await timeRuns(() => fullPullSql(context.pool), PULL_RUNS, 0));
    pullRows.push(['our GraphQL (cache off)', ourPull, Math.ceil(ourPull / 100), ms(ours.p50), ms(ours.p95)]);
    pullRows.push(['raw SQL (keyset)', rawPull, Math.ceil(rawPull / 100), ms(raw.p50), ms(raw.p95)]);
    if (typeof postgraphile !== 'string') {
      const theirPull = await postgraphile.fullPull();
      const theirs = summarise(await timeRuns(() => postgraphile.fullPull(), PULL_RUNS, 0));
      pullRows.push(['PostGraphile v5', theirPull, Math.ceil(theirPull / 100), ms(theirs.p50), ms(theirs.p95)]);
    }
    out.table(['side', 'figures', 'pages', 'median ms', 'slowest ms'], pullRows);
  } finally {
    if (typeof postgraphile !== 'string') await postgraphile.close();
  }
}
