import { MikroORM } from '@mikro-orm/postgresql';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { ormConfig } from '../database/orm-config.js';

/** Authorization headers of the test accounts, created in a database the API process will serve. */
export async function tokensFor(databaseUrl: string): Promise<Record<TestAccountName, Record<string, string>>> {
  const orm = await MikroORM.init(ormConfig(databaseUrl, { pool: { min: 0, max: 2 } }));
  try {
    return await createTestTokens(orm);
  } finally {
    await orm.close();
  }
}
