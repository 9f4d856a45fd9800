import pg from 'pg';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { startOwnPostgres, type OwnPostgres } from './own-postgres.js';
import { PUBLIC_QUERY, startRequestLoop, timedRequest, type Outcome } from './request-loop.js';

/** No request may wait longer than this for an answer, whatever the database does. */
const ANSWER_WITHIN_MS = 6000;
const CLIENTS = 6;

let postgres: OwnPostgres;
let api: ApiProcess;

beforeAll(async () => {
  postgres = await startOwnPostgres();
  api = await startApiProcess({ databaseUrl: postgres.url });
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await postgres?.remove();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function terminateApiBackends(): Promise<number> {
  const client = new pg.Client({ connectionString: postgres.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'select count(*)::int as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()) t',
    );
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

const ok = (outcome: Outcome) => outcome.status === 200 && outcome.code === null;
const between = (outcomes: Outcome[], from: number, to: number) => outcomes.filter((outcome) => outcome.at >= from && outcome.at < to);
/** Requests sent after `from` that had their answer before `to`. */
const within = (outcomes: Outcome[], from: number, to: number) => outcomes.filter((outcome) => outcome.at >= from && outcome.at + outcome.ms < to);

function summary(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.error ?? `${outcome.status} ${outcome.code ?? 'ok'}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

async function readiness(): Promise<number | null> {
  return (await timedRequest(`${api.url}/readyz`, {}, ANSWER_WITHIN_MS)).status;
}

test('with its connections cut and then PostgreSQL restarted under load, the API answers errors while the database is away and recovers by itself', async () => {
  const loop = startRequestLoop(api.url, CLIENTS, ANSWER_WITHIN_MS);
  await sleep(500);

  const terminatedAt = performance.now();
  const terminated = await terminateApiBackends();
  await sleep(2000);

  const stoppedAt = performance.now();
  await postgres.stop();
  const readyWhileDown = await readiness();
  const downAnswer = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: PUBLIC_QUERY }) });
  const downBody = (await downAnswer.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  await sleep(2000);
  const readyStillDown = await readiness();
  const restartedAt = performance.now();
  await postgres.start();
  const startedAt = performance.now();
  const deadline = startedAt + 10_000;
  while (performance.now() < deadline && !loop.outcomes.some((outcome) => outcome.at > startedAt && ok(outcome))) await sleep(50);
  const recoveredAt = performance.now();
  await sleep(1000);
  const outcomes = await loop.stop();
  const readyAfter = await readiness();

  const report = {
    requests: outcomes.length,
    terminatedBackends: terminated,
    beforeFaults: summary(between(outcomes, 0, terminatedAt)),
    afterTermination: summary(between(outcomes, terminatedAt, stoppedAt)),
    whileDown: summary(between(outcomes, stoppedAt, startedAt)),
    afterRestart: summary(between(outcomes, startedAt, Number.POSITIVE_INFINITY)),
    recoveryMs: Math.round(recoveredAt - startedAt),
    downMs: Math.round(startedAt - stoppedAt),
    slowestMs: Math.round(Math.max(...outcomes.map((outcome) => outcome.ms))),
  };
  console.info(JSON.stringify(report));

  expect(api.child.exitCode).toBeNull();
  expect(outcomes.filter((outcome) => outcome.error !== null)).toEqual([]);
  expect(report.slowestMs).toBeLessThan(ANSWER_WITHIN_MS);
  expect(between(outcomes, 0, terminatedAt).every(ok)).toBe(true);
  expect(within(outcomes, terminatedAt + 1000, stoppedAt).every(ok)).toBe(true);
  const down = between(outcomes, stoppedAt + 500, restartedAt);
  expect(down.length).toBeGreaterThan(0);
  expect(down.filter(ok)).toEqual([]);
  expect(new Set(down.map((outcome) => `${outcome.status} ${outcome.code}`))).toEqual(new Set(['503 SERVICE_UNAVAILABLE']));
  expect(downAnswer.status).toBe(503);
  expect(downAnswer.headers.get('retry-after')).toBe('5');
  expect(downBody.errors?.map((error) => error.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
  expect(downBody.errors?.[0]?.message).toMatch(/^Cơ sở dữ liệu tạm thời không truy cập được.* \/ The database is temporarily unavailable/);
  expect(readyWhileDown).toBe(503);
  expect(readyStillDown).toBe(503);
  expect(report.recoveryMs).toBeLessThan(10_000);
  expect(between(outcomes, recoveredAt + 500, Number.POSITIVE_INFINITY).every(ok)).toBe(true);
  expect(readyAfter).toBe(200);
}, 60_000);
