import type { MikroORM } from '@mikro-orm/postgresql';
import { createToken, ensureAccount } from './accounts.js';
import type { Role } from './role.js';

/** The callers of the role matrix: a district in Trà Vinh, its neighbour, a district elsewhere, both provinces, an admin. */
export const TEST_ACCOUNTS = {
  duyenHai: { role: 'district_officer', unitId: '850' },
  cauNgang: { role: 'district_officer', unitId: '848' },
  cuChi: { role: 'district_officer', unitId: '783' },
  traVinh: { role: 'province_officer', unitId: '84' },
  hoChiMinh: { role: 'province_officer', unitId: '79' },
  admin: { role: 'admin', unitId: null },
} as const satisfies Record<string, { role: Role; unitId: string | null }>;

export type TestAccountName = keyof typeof TEST_ACCOUNTS;

/** Creates the test accounts with a token each, and returns the Authorization headers to send. */
export async function createTestTokens(orm: MikroORM): Promise<Record<TestAccountName, Record<string, string>>> {
  const db = orm.em.fork().getKysely<unknown>();
  const headers = {} as Record<TestAccountName, Record<string, string>>;
  for (const [name, account] of Object.entries(TEST_ACCOUNTS) as [TestAccountName, (typeof TEST_ACCOUNTS)[TestAccountName]][]) {
    await ensureAccount(db, { name: name.toLowerCase(), role: account.role, unitId: account.unitId }, 'test');
    const { token } = await createToken(db, name.toLowerCase(), 86_400_000, null, 'test');
    headers[name] = { authorization: `Bearer ${token}` };
  }
  return headers;
}
