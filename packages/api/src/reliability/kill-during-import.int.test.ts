import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { TestAccountName } from '../auth/test-accounts.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { fingerprint } from './database-fingerprint.js';
import { generateFiguresCsv } from './figures-csv.js';
import { copyTemplate, type ScratchDatabase } from './scratch-database.js';
import { tokensFor } from './test-tokens.js';

let database: ScratchDatabase;
let as: Record<TestAccountName, Record<string, string>>;
const processes: ApiProcess[] = [];

beforeAll(async () => {
  const { serverUrl, template } = inject('postgres');
  database = await copyTemplate(serverUrl, template);
  as = await tokensFor(database.url);
});
afterAll(async () => {
  for (const api of processes) await api.stop();
  await database?.drop();
});

/** The API's backends that hold a transaction id: a transaction that has written something and not yet ended. */
async function writingBackends(): Promise<number> {
  const [row] = await database.query<{ n: number }>(
    'select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() and backend_xid is not null',
    [database.name],
  );
  return row?.n ?? 0;
}

async function otherBackends(): Promise<number> {
  const [row] = await database.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database.name]);
  return row?.n ?? 0;
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function upload(api: ApiProcess, bytes: Buffer): Promise<Response> {
  return fetch(`${api.url}/import?fileName=national.csv`, { method: 'POST', headers: { ...as.admin, 'content-type': 'text/csv' }, body: bytes });
}

test('an API killed with SIGKILL in the middle of a large import leaves none of its rows, and the same file then imports whole', async () => {
  const began = performance.now();
  const csv = await generateFiguresCsv(database);
  expect(csv.rows).toBeGreaterThan(40_000);
  const before = await fingerprint(database);

  const first = await startApiProcess({ databaseUrl: database.url });
  processes.push(first);
  const answer = upload(first, csv.bytes).then(
    (response) => ({ status: response.status }),
    (error: unknown) => ({ error }),
  );
  await waitFor(async () => (await writingBackends()) > 0, 60_000, 'the import to start writing');
  const killedAt = performance.now();
  first.child.kill('SIGKILL');
  expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
  expect(await answer).toHaveProperty('error');

  await waitFor(async () => (await otherBackends()) === 0, 20_000, 'PostgreSQL to end the killed API\'s sessions');
  const sessionsEndedAt = performance.now();
  expect(await fingerprint(database)).toEqual(before);

  const second = await startApiProcess({ databaseUrl: database.url });
  processes.push(second);
  const started = performance.now();
  const response = await upload(second, csv.bytes);
  const body = (await response.json()) as { applied: boolean; summary: { rows: number; created: number } };
  console.info(JSON.stringify({
    rows: csv.rows,
    bytes: csv.bytes.length,
    killedAfterMs: Math.round(killedAt - began),
    sessionsEndedAfterKillMs: Math.round(sessionsEndedAt - killedAt),
    reimportMs: Math.round(performance.now() - started),
  }));
  expect(response.status).toBe(200);
  expect(body).toMatchObject({ applied: true, summary: { rows: csv.rows, created: csv.rows } });
  const after = await fingerprint(database);
  expect(after.observation.rows).toBe(before.observation.rows + csv.rows);
  expect(after.observation_revision.rows).toBe(before.observation_revision.rows + csv.rows);
  expect(after.audit_event.rows).toBe(before.audit_event.rows + 1);
  expect(await second.stop()).toEqual({ code: 0, signal: null });
}, 120_000);
