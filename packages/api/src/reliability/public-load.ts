import autocannon from 'autocannon';

/** What analysts and the portal ask for most, as anonymous callers. */
export const PUBLIC_QUERIES = [
  '{ indicators(first: 20) { totalCount nodes { code nameVi nameEn } } }',
  '{ observations(filter: { units: ["850"], periods: ["2024-2025"] }, first: 50) { totalCount nodes { value level unit { name } indicator { nameVi } } } }',
  '{ observations(filter: { province: "84", periods: ["2023-2024"], indicators: ["dropout_rate"] }, first: 100) { totalCount nodes { value numerator denominator } } }',
  '{ scorecard(unit: "850", period: "2024-2025") { summary { total met notMet noData } } }',
  '{ districtComparison(province: "84", indicator: "dropout_rate", level: THCS, period: "2024-2025") { reported expected districts { rank unit { name } } } }',
] as const;

export interface PublicLoadResult {
  requests: number;
  perSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Answers with status 200 whose body held GraphQL errors. */
  graphqlErrors: number;
}

/** The public queries by POST and GET, the bulk CSV export and the readiness probe, in turn on every connection. */
function publicRequests(counter: { graphqlErrors: number }): autocannon.Request[] {
  const onResponse = (status: number, body: string) => {
    if (status === 200 && body.includes('"errors"')) counter.graphqlErrors += 1;
  };
  return [
    ...PUBLIC_QUERIES.map((query) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }), onResponse })),
    { method: 'GET', path: `/graphql?query=${encodeURIComponent(PUBLIC_QUERIES[0])}`, headers: { 'apollo-require-preflight': 'true' }, onResponse },
    { method: 'GET', path: '/export/figures.csv?province=84&period=2024-2025' },
    { method: 'GET', path: '/readyz' },
  ];
}

/** Runs autocannon for a fixed time against the API on loopback; it stops by itself. */
export async function runPublicLoad(url: string, connections: number, seconds: number): Promise<PublicLoadResult> {
  const counter = { graphqlErrors: 0 };
  const result = await autocannon({ url, connections, duration: seconds, timeout: 10, requests: publicRequests(counter) });
  return {
    requests: result.requests.total,
    perSecond: result.requests.average,
    latencyMs: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    graphqlErrors: counter.graphqlErrors,
  };
}
