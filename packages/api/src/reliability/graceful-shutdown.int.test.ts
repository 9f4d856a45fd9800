import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { TestAccountName } from '../auth/test-accounts.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { fingerprint } from './database-fingerprint.js';
import { generateFiguresCsv } from './figures-csv.js';
import { PUBLIC_QUERY, timedRequest } from './request-loop.js';
import { copyTemplate, type ScratchDatabase } from './scratch-database.js';
import { tokensFor } from './test-tokens.js';

let database: ScratchDatabase;
let as: Record<TestAccountName, Record<string, string>>;
let api: ApiProcess | undefined;

beforeAll(async () => {
  const { serverUrl, template } = inject('postgres');
  database = await copyTemplate(serverUrl, template);
  as = await tokensFor(database.url);
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

async function apiBackendsWritingOrActive(): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and (state <> 'idle' or backend_xid is not null)`,
    [database.name],
  );
  return row?.n ?? 0;
}

test('on SIGTERM the API finishes the requests in flight with full answers, refuses new ones, and exits with 0', async () => {
  const csv = await generateFiguresCsv(database, ['2019-2020'], 300);
  const before = await fingerprint(database);
  api = await startApiProcess({ databaseUrl: database.url });
  const { url } = api;

  const importing = fetch(`${url}/import?fileName=shutdown.csv`, { method: 'POST', headers: { ...as.admin, 'content-type': 'text/csv' }, body: csv.bytes });
  const deadline = Date.now() + 20_000;
  while ((await apiBackendsWritingOrActive()) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5));
  const querying = Array.from({ length: 5 }, () => timedRequest(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PUBLIC_QUERY }) }, 10_000));
  await new Promise((resolve) => setTimeout(resolve, 20));

  const signalledAt = performance.now();
  api.child.kill('SIGTERM');
  let answeredAt = Number.POSITIVE_INFINITY;
  const answer = importing.then(async (response) => {
    answeredAt = performance.now();
    return { status: response.status, body: (await response.json()) as { applied: boolean; summary: { created: number } } };
  });
  let refusedAt = Number.NaN;
  for (let tries = 0; tries < 100 && Number.isNaN(refusedAt); tries += 1) {
    const probe = await timedRequest(`${url}/healthz`, {}, 5000);
    if (probe.error !== null) refusedAt = performance.now();
    else await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { status, body } = await answer;
  const queries = await Promise.all(querying);
  const exit = await api.exited;
  console.info(JSON.stringify({ rows: csv.rows, refusedAfterSignalMs: Math.round(refusedAt - signalledAt), importAnsweredAfterSignalMs: Math.round(answeredAt - signalledAt), exitedAfterSignalMs: Math.round(performance.now() - signalledAt) }));

  expect(refusedAt).toBeLessThan(answeredAt);
  expect(status).toBe(200);
  expect(body).toMatchObject({ applied: true, summary: { created: csv.rows } });
  expect(queries.map((query) => [query.status, query.code, query.error])).toEqual(queries.map(() => [200, null, null]));
  expect(exit).toEqual({ code: 0, signal: null });
  expect((await fingerprint(database)).observation.rows).toBe(before.observation.rows + csv.rows);
  expect(api.logs.some((line) => typeof line === 'object' && line.msg === 'stopped')).toBe(true);
}, 60_000);
