/**
 * A longer soak than the tests, run on demand after `tsc -b`: `node packages/api/dist/reliability/soak.js`
 * (SOAK_SECONDS, default 300; SOAK_CONNECTIONS, default 10). It starts a PostgreSQL and the API of its own, then
 * repeats until the time is up: public load (autocannon), rounds of abandoned requests, a burst of concurrent writers
 * on one figure, and every third cycle all the API's connections cut. It prints a Markdown table per cycle and a
 * summary, and exits 1 if any request failed outside a fault, a session was left open, or the API stopped badly.
 */
import { abortRound, SESSIONS_SQL } from './aborted-requests.js';
import { startApiProcess } from './api-process.js';
import { startOwnPostgres } from './own-postgres.js';
import { runPublicLoad } from './public-load.js';
import { queryOnce } from './scratch-database.js';
import { tokensFor } from './test-tokens.js';

const SECONDS = Number(process.env.SOAK_SECONDS ?? 300);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 10);
const LOAD_SECONDS = 20;
const ABORT_ROUNDS = 10;
const WRITERS = 20;

const SAVE = `mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { version } userErrors { code } } }`;

async function main(): Promise<number> {
  const postgres = await startOwnPostgres();
  const database = new URL(postgres.url).pathname.slice(1);
  const as = await tokensFor(postgres.url);
  const api = await startApiProcess({ databaseUrl: postgres.url, env: { LOG_LEVEL: 'warn' } });
  const csv = Buffer.from('unit,period,level,indicator,value\n850,2018-2019,THCS,enrolment_count,1000\n');
  const print = (line: string) => process.stdout.write(`${line}\n`);
  // Prove each token first: until then its requests in flight count against the address's guessing limit.
  for (const caller of [as.admin, as.duyenHai]) await fetch(`${api.url}/export/figures.csv?province=84&period=2024-2025`, { headers: caller }).then((response) => response.arrayBuffer());
  const started = Date.now();
  let failures = 0;
  let version: number | null = null;
  const unexpected: string[] = [];
  const totals = { requests: 0, errors: 0, non2xx: 0, graphqlErrors: 0, aborted: 0, writes: 0, accepted: 0, conflicts: 0, otherWriteOutcomes: 0, faults: 0 };
  print(`# Soak: ${SECONDS} s, ${CONNECTIONS} connections, API pid ${api.pid}`);
  print('');
  print('| cycle | requests | req/s | p99 ms | errors | non-2xx | aborted | writes (accepted / conflict) | connections cut | RSS MB |');
  print('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  try {
    for (let cycle = 1; Date.now() - started < SECONDS * 1000; cycle += 1) {
      const load = await runPublicLoad(api.url, CONNECTIONS, LOAD_SECONDS);
      totals.requests += load.requests;
      totals.errors += load.errors + load.timeouts;
      totals.non2xx += load.non2xx;
      totals.graphqlErrors += load.graphqlErrors;
      let aborted = 0;
      for (let index = 0; index < ABORT_ROUNDS; index += 1) aborted += await abortRound(api.url, as.admin, csv, index);
      totals.aborted += aborted;

      const attempts = await Promise.all(
        Array.from({ length: WRITERS }, async (_, writer) => {
          const response = await fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...as.duyenHai },
            body: JSON.stringify({ query: SAVE, variables: { input: { figures: [{ unit: '850', indicator: 'enrolment_count', level: 'THCS', period: '2019-2020', value: cycle * 100 + writer, expectedVersion: version }] } } }),
          });
          const body = (await response.json()) as { data?: { observationSave: { observations: { version: number }[]; userErrors: { code: string }[] } }; errors?: unknown[] };
          if (!body.data?.observationSave && unexpected.length < 3) unexpected.push(JSON.stringify(body).slice(0, 500));
          return body.data?.observationSave;
        }),
      );
      const accepted = attempts.filter((payload) => payload && payload.userErrors.length === 0);
      const conflicts = attempts.filter((payload) => payload?.userErrors.every((error) => error.code === 'CONFLICT') && payload.userErrors.length > 0);
      totals.writes += attempts.length;
      totals.accepted += accepted.length;
      totals.conflicts += conflicts.length;
      totals.otherWriteOutcomes += attempts.length - accepted.length - conflicts.length;
      version = accepted[0]?.observations[0]?.version ?? version;

      let cut = 0;
      if (cycle % 3 === 0) {
        const [row] = await queryOnce<{ n: number }>(postgres.url, 'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) t');
        cut = row?.n ?? 0;
        totals.faults += 1;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const rssMb = Math.round((await api.rssKb()) / 1024);
      print(`| ${cycle} | ${load.requests} | ${Math.round(load.perSecond)} | ${load.latencyMs.p99} | ${load.errors + load.timeouts + load.graphqlErrors} | ${load.non2xx} | ${aborted} | ${accepted.length} / ${conflicts.length} | ${cut} | ${rssMb} |`);
    }
    const sessions = await queryOnce<{ state: string; n: number; in_transaction: number }>(postgres.url, SESSIONS_SQL, [database]);
    const open = sessions.filter((row) => row.state !== 'idle' || row.in_transaction > 0);
    const exit = await api.stop();
    print('');
    print(`Totals: ${JSON.stringify(totals)}`);
    for (const body of unexpected) print(`Unexpected answer to a write: ${body}`);
    print(`Sessions at the end: ${JSON.stringify(sessions)}; API exit: ${JSON.stringify(exit)}`);
    failures = totals.errors + totals.non2xx + totals.graphqlErrors + totals.otherWriteOutcomes + open.length + (exit.code === 0 ? 0 : 1);
  } finally {
    await api.stop();
    await postgres.remove();
  }
  print(failures === 0 ? 'Soak passed.' : `Soak FAILED: ${failures} problem(s).`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exit(1);
  },
);
