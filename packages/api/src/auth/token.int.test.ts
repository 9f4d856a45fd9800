import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { AccountError, createToken, ensureAccount, listTokens, revokeToken } from './accounts.js';
import { hashApiToken } from './api-token.js';

let app: TestApp;
const db = () => app.orm.em.fork().getKysely<unknown>();
const WHO = '{ observationChanges(first: 1) { totalCount } }';

beforeAll(async () => {
  app = await createTestApp();
  await ensureAccount(db(), { name: 'so.travinh', role: 'province_officer', unitId: '84' }, 'test');
});
afterAll(() => app.close());

async function statusWith(authorization: string | undefined): Promise<{ status: number; code: string | undefined }> {
  const response = await app.graphql(WHO, {}, authorization === undefined ? {} : { authorization });
  return { status: response.status, code: response.body.errors?.[0]?.extensions?.code };
}

describe('API tokens', () => {
  test('stores only the hash of a token, and the token works as a bearer', async () => {
    const { id, token } = await createToken(db(), 'so.travinh', 86_400_000, 'máy Sở', 'test');
    const { rows } = await sql<{ token_hash: string }>`select token_hash from api_token where id = ${id}`.execute(db());
    expect(rows[0]?.token_hash).toBe(hashApiToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(await statusWith(`Bearer ${token}`)).toEqual({ status: 200, code: undefined });
  });

  test.each([
    ['a malformed header', 'Token abc'],
    ['an unknown token', `Bearer evn_${'A'.repeat(43)}`],
  ])('answers 401 to %s, never falls back to anonymous', async (_case, header) => {
    expect(await statusWith(header)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  test('answers 401 to an expired token', async () => {
    const { token } = await createToken(db(), 'so.travinh', 3_600_000, null, 'test', new Date(Date.now() - 2 * 3_600_000));
    expect(await statusWith(`Bearer ${token}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  test('a revoked token stops working at once and is listed as revoked', async () => {
    const { id, token } = await createToken(db(), 'so.travinh', 86_400_000, null, 'test');
    expect((await statusWith(`Bearer ${token}`)).status).toBe(200);
    expect(await revokeToken(db(), id, 'test')).toBe(true);
    expect(await statusWith(`Bearer ${token}`)).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect((await listTokens(db())).find((listed) => listed.id === id)?.state).toBe('revoked');
    expect(await revokeToken(db(), 999_999, 'test')).toBe(false);
  });

  test('anonymous callers are let in, to read published data only', async () => {
    const response = await app.graphql(WHO);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = await app.graphql<{ observations: { nodes: { status: string }[] } }>('{ observations(first: 20) { nodes { status } } }');
    expect(new Set(published.body.data?.observations.nodes.map((node) => node.status))).toEqual(new Set(['PUBLISHED']));
  });

  test.each([
    [{ name: 'x', role: 'district_officer', unitId: '850' }, 'Tên tài khoản'],
    [{ name: 'phong.duyenhai', role: 'district_officer', unitId: '84' }, 'phải thuộc một huyện'],
    [{ name: 'so.khac', role: 'province_officer', unitId: '850' }, 'phải thuộc một tỉnh'],
    [{ name: 'quantri', role: 'admin', unitId: '84' }, 'không gắn với đơn vị'],
    [{ name: 'so.travinh', role: 'province_officer', unitId: '79' }, 'đã có với vai trò hoặc đơn vị khác'],
  ] as const)('refuses the account %j', async (input, message) => {
    await expect(ensureAccount(db(), input, 'test')).rejects.toThrow(AccountError);
    await expect(ensureAccount(db(), input, 'test')).rejects.toThrow(message);
  });

  test('logs token creation and revocation for administrators', async () => {
    const { rows } = await sql<{ action: string }>`select distinct action from audit_event where action like 'token.%' order by action`.execute(db());
    expect(rows.map((row) => row.action)).toEqual(['token.create', 'token.revoke']);
  });
});
