import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

/** Costs 2: the field and its one child. */
const CHEAP = '{ unit(id: "848") { name } }';
/** Costs 1 + 20 × (nodes, id, name) = 61: a second one does not fit in a bucket of 100. */
const COSTLY = '{ units(first: 20) { nodes { id name } } }';
/** Over the cost limit of one query (5,000). */
const TOO_COSTLY = '{ units(first: 100) { nodes { id children(first: 100) { nodes { id } } } } }';
const LIMIT = 100;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  // Trusting the loopback proxy lets each test call from an address of its own through X-Forwarded-For.
  app = await createTestApp({ rateLimitCostPerMinute: LIMIT, trustProxy: 'loopback' });
  as = await createTestTokens(app.orm);
});
afterAll(() => app.close());

const from = (address: string, token: Record<string, string> = {}) => ({ 'x-forwarded-for': address, ...token });
const status = async (query: string, headers: Record<string, string>) => (await app.graphql(query, {}, headers)).status;

describe('rate limiting by query cost', () => {
  test('answers 429 with Retry-After and RATE_LIMITED, in Vietnamese and English, once a caller has spent its minute', async () => {
    expect(await status(COSTLY, from('203.0.113.1'))).toBe(200);
    const refused = await app.graphql(COSTLY, {}, from('203.0.113.1'));
    expect(refused.status).toBe(429);
    expect(refused.body.data).toBeUndefined();
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['RATE_LIMITED']);
    expect(refused.body.errors?.[0]?.message).toMatch(
      /^Bạn đã dùng hết hạn mức 100 đơn vị chi phí truy vấn mỗi phút; hãy thử lại sau 1[34] giây \/ You have used up your 100 query cost units per minute; try again in 1[34] seconds$/,
    );
    // 22 units missing, refilled at 100 a minute: 13.2 seconds.
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(13);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(14);
  });

  test('charges each operation its computed cost, and nothing for a refused one', async () => {
    expect(await status(COSTLY, from('203.0.113.2'))).toBe(200);
    expect(await status(COSTLY, from('203.0.113.2'))).toBe(429);
    expect(await status(CHEAP, from('203.0.113.2'))).toBe(200);
  });

  test('charges nothing for a query refused by the cost limit of one query', async () => {
    const refused = await app.graphql(TOO_COSTLY, {}, from('203.0.113.3'));
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
    expect(await status(COSTLY, from('203.0.113.3'))).toBe(200);
  });

  test('keeps a bucket per address for callers without a token', async () => {
    expect(await status(COSTLY, from('203.0.113.4'))).toBe(200);
    expect(await status(COSTLY, from('203.0.113.4'))).toBe(429);
    expect(await status(COSTLY, from('203.0.113.5'))).toBe(200);
  });

  test('keeps a bucket per token, whatever address the token calls from', async () => {
    expect(await status(COSTLY, from('203.0.113.6'))).toBe(200);
    expect(await status(COSTLY, from('203.0.113.6', as.duyenHai))).toBe(200);
    expect(await status(COSTLY, from('198.51.100.7', as.duyenHai))).toBe(429);
    expect(await status(COSTLY, from('198.51.100.7', as.cuChi))).toBe(200);
  });
});

describe('without a limit', () => {
  test('never answers 429 when the limit is 0', async () => {
    const unlimited = await createTestApp({ rateLimitCostPerMinute: 0 });
    try {
      const statuses = new Set<number>();
      for (let i = 0; i < 5; i += 1) statuses.add((await unlimited.graphql(COSTLY)).status);
      expect([...statuses]).toEqual([200]);
    } finally {
      await unlimited.close();
    }
  });
});
