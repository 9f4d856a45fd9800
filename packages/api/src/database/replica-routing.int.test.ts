import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import pg, { type Pool, type PoolClient } from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { inject } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createLogger } from '../logger.js';
import { createSchema } from '../schema.js';
import { startServer, type RunningServer } from '../server.js';
import { UnitEntity } from '../unit/unit.entity.js';
import { createDatabase, databaseUrl, dropDatabase } from './database-admin.js';
import { ormConfig, readReplicas } from './orm-config.js';
import { RoutedEntityManager } from './routed-entity-manager.js';

/*
 * The "replica" is a second database on the same server, copied from the same template, in which Duyên Hải and a
 * plan have other names: every answer shows which database served it, and every statement is recorded with its database.
 */
const REPLICA_NAME = 'Duyên Hải (bản sao đọc)';
const REPLICA_TITLE = 'Kế hoạch (bản sao đọc)';
const PLAN_ID = '003';

const { serverUrl, template } = inject('postgres');
const suffix = randomUUID().replaceAll('-', '').slice(0, 12);
const primaryName = `replica_test_primary_${suffix}`;
const replicaName = `replica_test_read_${suffix}`;
const statements: { database: string; sql: string }[] = [];

let orm: MikroORM;
let server: RunningServer;
let as: Record<TestAccountName, Record<string, string>>;

/** Records every statement with the database of the pool that sent it. */
function recordStatements(pool: Pool): void {
  const database = String((pool as unknown as { options: { database?: string } }).options.database);
  pool.on('connect', (client: PoolClient) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      const [first] = args;
      statements.push({ database, sql: typeof first === 'string' ? first : String((first as { text?: string }).text) });
      return query(...args);
    };
  });
}

async function sqlOn<Row>(database: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, database) });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

async function graphql<Data>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as Data;
}

/** The databases that served the statements of one request. */
async function databasesUsedBy(request: () => Promise<unknown>): Promise<Set<string>> {
  statements.splice(0);
  await request();
  return new Set(statements.map((statement) => statement.database));
}

const UNIT_QUERY = 'query ($plan: ID!, $code: String!) { plan(id: $plan) { title } unitByCode(code: $code) { name } }';
type UnitAnswer = { plan: { title: string }; unitByCode: { name: string } };

beforeAll(async () => {
  await createDatabase(serverUrl, primaryName, template);
  await createDatabase(serverUrl, replicaName, template);
  await sqlOn(replicaName, "update admin_unit set name = $1 where id = '850'", [REPLICA_NAME]);
  expect(await sqlOn(replicaName, 'update plan set title = $1 where id = $2 returning id', [REPLICA_TITLE, PLAN_ID])).toHaveLength(1);
  orm = await MikroORM.init(
    ormConfig(databaseUrl(serverUrl, primaryName), {
      replicas: readReplicas([databaseUrl(serverUrl, replicaName)]),
      driverOptions: { statement_timeout: 5000, onPoolCreated: recordStatements },
    }),
  );
  as = await createTestTokens(orm);
  server = await startServer({
    orm,
    schema: await createSchema(),
    logger: createLogger('silent'),
    production: false,
    corsOrigins: true,
    port: 0,
    host: '127.0.0.1',
    rateLimitCostPerMinute: 0,
  });
});

afterAll(async () => {
  await server?.close();
  await orm?.close();
  await dropDatabase(serverUrl, primaryName);
  await dropDatabase(serverUrl, replicaName);
});

describe('read replicas (DATABASE_READ_URLS)', () => {
  test('the settings give MikroORM one named replica per URL, and nothing prefers a replica by default', () => {
    expect(readReplicas(['postgresql://a/x', 'postgresql://b/x'])).toEqual([
      { name: 'read-1', clientUrl: 'postgresql://a/x' },
      { name: 'read-2', clientUrl: 'postgresql://b/x' },
    ]);
    expect(orm.config.get('preferReadReplicas')).toBe(false);
    expect(orm.em.fork()).toBeInstanceOf(RoutedEntityManager);
  });

  test('an anonymous query reads the replica, through the ORM (plan loader) and hand-written SQL (unitByCode) alike', async () => {
    let answer: UnitAnswer | undefined;
    const used = await databasesUsedBy(async () => (answer = await graphql<UnitAnswer>(UNIT_QUERY, { plan: PLAN_ID, code: '850' })));
    expect(answer).toEqual({ plan: { title: REPLICA_TITLE }, unitByCode: { name: REPLICA_NAME } });
    expect([...used]).toEqual([replicaName]);
  });

  test('an authenticated query reads the primary: the token is checked there and the answer comes from there', async () => {
    let answer: UnitAnswer | undefined;
    const used = await databasesUsedBy(async () => (answer = await graphql<UnitAnswer>(UNIT_QUERY, { plan: PLAN_ID, code: '850' }, as.duyenHai)));
    expect(answer?.plan.title).not.toBe(REPLICA_TITLE);
    expect(answer?.unitByCode.name).not.toBe(REPLICA_NAME);
    expect([...used]).toEqual([primaryName]);
  });

  test('a mutation writes the primary only, and its author reads the new plan back at once; an anonymous reader asks the replica', async () => {
    const input = { unit: '850', period: '2025-2026', number: '12/KH-PGDĐT', title: 'Kế hoạch năm học 2025-2026', issuer: 'Phòng GD&ĐT huyện Duyên Hải', source: 'Bản giấy', text: 'II. CHỈ TIÊU\n1. Tỷ lệ học sinh bỏ học dưới 0,5%.' };
    let created: { planCreate: { plan: { id: string; unit: { name: string } } } } | undefined;
    const usedByMutation = await databasesUsedBy(async () => {
      created = await graphql('mutation ($input: PlanCreateInput!) { planCreate(input: $input) { plan { id unit { name } } } }', { input }, as.duyenHai);
    });
    const planId = created?.planCreate.plan.id as string;
    expect(created?.planCreate.plan.unit.name).not.toBe(REPLICA_NAME);
    expect([...usedByMutation]).toEqual([primaryName]);
    expect(await sqlOn(primaryName, 'select id from plan where id = $1', [planId])).toHaveLength(1);
    expect(await sqlOn(replicaName, 'select id from plan where id = $1', [planId])).toHaveLength(0);

    const PLAN_QUERY = 'query ($id: ID!) { plan(id: $id) { id } }';
    expect(await graphql<{ plan: { id: string } | null }>(PLAN_QUERY, { id: planId }, as.duyenHai)).toEqual({ plan: { id: planId } });
    expect(await graphql<{ plan: { id: string } | null }>(PLAN_QUERY, { id: planId })).toEqual({ plan: null });
  });

  test('a routed EntityManager reads the replica outside a transaction and the primary inside one', async () => {
    const em = orm.em.fork() as RoutedEntityManager;
    em.reads = 'read';
    expect((await em.findOneOrFail(UnitEntity, { id: '850' })).name).toBe(REPLICA_NAME);
    const inTransaction = await em.transactional((tx) => tx.findOneOrFail(UnitEntity, { id: '850' }, { disableIdentityMap: true }));
    expect(inTransaction.name).not.toBe(REPLICA_NAME);
    expect((await orm.em.fork().findOneOrFail(UnitEntity, { id: '850' })).name).not.toBe(REPLICA_NAME);
  });

  test('/readyz asks the primary', async () => {
    const used = await databasesUsedBy(async () => expect((await fetch(`${server.url}/readyz`)).status).toBe(200));
    expect([...used]).toEqual([primaryName]);
  });
});
