import { afterAll, beforeAll, expect, test } from 'vitest';
import { inject } from 'vitest';
import type { TestAccountName } from '../auth/test-accounts.js';
import { abortRound, SESSIONS_SQL } from './aborted-requests.js';
import { startApiProcess, type ApiProcess } from './api-process.js';
import { fingerprint } from './database-fingerprint.js';
import { generateFiguresCsv } from './figures-csv.js';
import { copyTemplate, type ScratchDatabase } from './scratch-database.js';
import { tokensFor } from './test-tokens.js';

/** Rounds of six aborted requests in each of the two measured phases. */
const ROUNDS = 10;
/** Rounds run before memory is first measured, so that caches and the JIT have warmed up. */
const WARM_UP_ROUNDS = 4;
/** The API's pool; its release timer holds one more connection. */
const POOL_MAX = 10;
/** Work for clients already gone (dry runs being checked) must be over by then. */
const SETTLE_WITHIN_MS = 30_000;
/** A second phase as long as the first may not grow the process by more than this: a leak grows with every round. */
const MEMORY_GROWTH_LIMIT_KB = 24 * 1024;
/**
 * The API's old-generation heap is capped: uncapped, V8 lets garbage pile up as the heap grows and resident memory
 * climbs for minutes without any leak; capped, it collects, and only a real leak grows (or ends the process).
 */
const HEAP_CAP = '--max-old-space-size=96';

interface Sessions {
  state: string;
  n: number;
  in_transaction: number;
}

let database: ScratchDatabase;
let as: Record<TestAccountName, Record<string, string>>;
let api: ApiProcess;

beforeAll(async () => {
  const { serverUrl, template } = inject('postgres');
  database = await copyTemplate(serverUrl, template);
  as = await tokensFor(database.url);
  api = await startApiProcess({ databaseUrl: database.url, env: { NODE_OPTIONS: HEAP_CAP } });
  // Prove each token first: until then its requests in flight count against the address's guessing limit.
  expect((await fetch(`${api.url}/export/figures.csv?province=84&period=2024-2025`, { headers: as.admin })).status).toBe(200);
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

/** Waits until every session of the API is idle outside a transaction, and returns them. */
async function settled(timeoutMs: number): Promise<Sessions[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await database.query<Sessions & Record<string, unknown>>(SESSIONS_SQL, [database.name]);
    if (found.every((row) => row.state === 'idle' && row.in_transaction === 0) || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('clients that disconnect mid-request (queries, exports, uploads, imports being checked) leave no connection, transaction or memory behind', async () => {
  const { bytes } = await generateFiguresCsv(database, ['2019-2020'], 8);
  const before = await fingerprint(database);
  const rssKb: number[] = [];
  const settleMs: number[] = [];
  let aborted = 0;
  let left: Sessions[] = [];
  for (const rounds of [WARM_UP_ROUNDS, ROUNDS, ROUNDS]) {
    for (let index = 0; index < rounds; index += 1) aborted += await abortRound(api.url, as.admin, bytes, index);
    const started = performance.now();
    left = await settled(SETTLE_WITHIN_MS);
    settleMs.push(Math.round(performance.now() - started));
    rssKb.push(await api.rssKb());
  }
  const after = await fingerprint(database);
  const check = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ indicators(first: 1) { totalCount } }' }) });
  const [warm = 0, middle = 0, last = 0] = rssKb;
  console.info(JSON.stringify({ aborted, sessions: left, settleMs, rssKb, firstGrowthKb: middle - warm, secondGrowthKb: last - middle }));

  expect(left.filter((row) => row.state !== 'idle' || row.in_transaction > 0)).toEqual([]);
  expect(left.reduce((sum, row) => sum + row.n, 0)).toBeLessThanOrEqual(POOL_MAX + 1);
  expect(after).toEqual(before);
  expect(check.status).toBe(200);
  expect(api.child.exitCode).toBeNull();
  expect(last - middle).toBeLessThan(MEMORY_GROWTH_LIMIT_KB);
}, 120_000);
