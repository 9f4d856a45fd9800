import { INDICATORS } from '@edu-vn/domain';
import autocannon from 'autocannon';
import pg from 'pg';
import { NATIONAL_SPEC } from '../dataset/dataset-spec.ts';
import { readUnits } from '../dataset/load-dataset.ts';
import type { BenchContext } from '../measure/bench-context.ts';
import type { MarkdownOut } from '../measure/bench-report.ts';
import { startApiProcess, type ApiProcess } from '../measure/api-process.ts';
import { postGraphql } from '../measure/graphql-client.ts';
import { ms, summarise } from '../measure/percentiles.ts';
import { readMemory, sampleMemory } from '../measure/process-memory.ts';
import { ANALYST_PARAMS } from '../queries/analyst-params.ts';
import { DISTRICT_COMPARISON, DISTRICT_SERIES, districtScorecard, OBSERVATION_PAGE, provincePull, provinceScorecard, type GraphqlRequest } from '../queries/graphql-documents.ts';
import { variedRequests } from '../queries/varied-requests.ts';

const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,4,16,64').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);

/** An autocannon request posting this GraphQL body. */
function request(body: GraphqlRequest): autocannon.Request {
  return { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/** One autocannon run at a concurrency level, with the API process's memory sampled meanwhile; one table row. */
async function runLevel(api: ApiProcess, connections: number, requests: autocannon.Request[]): Promise<(string | number)[]> {
  const latencies: number[] = [];
  let failed = 0;
  const memory = sampleMemory(api.pid);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: `${api.url}/graphql`, connections, duration: SECONDS, requests }, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (status !== 200) failed += 1;
    });
  });
  const samples = await memory.stop();
  const latency = summarise(latencies);
  return [
    connections, result.requests.total.toLocaleString('en'), (result.requests.total / SECONDS).toFixed(1), result.errors + result.timeouts + failed,
    ms(latency.p50), ms(latency.p95), ms(latency.p99), ms(result.latency.max),
    Math.max(...samples.map((sample) => sample.rss)).toFixed(0), Math.max(...samples.map((sample) => sample.data)).toFixed(0),
  ];
}

/**
 * (c) Throughput and latency at several concurrency levels with autocannon, the API in its own process (dist/main.js,
 * production, rate limiting off), each connection cycling through the five analyst queries, first the same five
 * requests (served from the response cache) then with random parameters; (d) the API process's memory sampled from
 * /proc during each run.
 */
export async function loadAndMemory(context: BenchContext, out: MarkdownOut): Promise<void> {
  const api = await startApiProcess(context.database.url);
  try {
    const scorecard = context.hasProvinceScorecard
      ? provinceScorecard(ANALYST_PARAMS.scorecard.province, ANALYST_PARAMS.scorecard.period)
      : districtScorecard(ANALYST_PARAMS.scorecard.district, ANALYST_PARAMS.scorecard.period);
    const bodies = [scorecard, DISTRICT_SERIES, DISTRICT_COMPARISON, provincePull(null), OBSERVATION_PAGE];
    const client = new pg.Client({ connectionString: context.database.url });
    await client.connect();
    const units = await readUnits(client).finally(() => client.end());
    const varied = variedRequests(units, INDICATORS, NATIONAL_SPEC.districtYears);
    for (const body of [...bodies, ...varied.map((make) => make())]) await postGraphql(`${api.url}/graphql`, body);
    const idle = await readMemory(api.pid);
    out.line('## Throughput and latency under load (autocannon), memory of the API process');
    out.line();
    out.line(`Synthetic data. The API runs alone in its own process (dist/main.js, NODE_ENV=production, rate limiting off) on the same 2 cores as PostgreSQL and autocannon. Each connection cycles through the five analyst queries (${context.hasProvinceScorecard ? 'province scorecard' : 'district scorecard'}, series, comparison, first page of the pull, filtered page); ${SECONDS} s per level. Latency is per response, from autocannon’s response events; errors are connection errors, timeouts and non-200 answers (each kind of request is checked once for GraphQL errors before the runs).`);
    out.line(`Memory: resident set (RSS) and data segment (VmData: heap and other anonymous memory) from /proc/<pid>/status every 250 ms; idle after warm-up ${idle.rss.toFixed(0)} MiB RSS.`);
    out.line();
    const modes: { name: string; requests: autocannon.Request[] }[] = [
      { name: 'The same five requests (answers served from the response cache after the first)', requests: bodies.map(request) },
      {
        name: 'Random parameters: province, district, indicator, level and year drawn for every request (answers mostly computed)',
        requests: varied.map((make) => ({ ...request(make()), setupRequest: (req: autocannon.Request) => ({ ...req, body: JSON.stringify(make()) }) })),
      },
    ];
    for (const mode of modes) {
      out.line(`### ${mode.name}`);
      out.line();
      const rows: (string | number)[][] = [];
      for (const connections of CONCURRENCY) {
        rows.push(await runLevel(api, connections, mode.requests));
        process.stderr.write(`load: ${connections} connections done\n`);
      }
      out.table(['connections', 'requests', 'requests/s', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'peak RSS MiB', 'peak VmData MiB'], rows);
    }
    const after = await readMemory(api.pid);
    out.line(`After the runs: RSS ${after.rss.toFixed(0)} MiB, highest RSS of the process ${after.peakRss.toFixed(0)} MiB.`);
    out.line();
  } finally {
    await api.stop();
  }
}
