import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { migrateCommand, seedCommand } from '../cli/database-commands.js';
import { migrations } from '../migrations/index.js';
import { Writable } from 'node:stream';
import { createLogger } from '../logger.js';
import { createDatabase, databaseUrl, dropDatabase } from './database-admin.js';
import { ormConfig } from './orm-config.js';
import { PREPARE_LOCK_KEY, prepareDatabase, warnOfPendingMigrations } from './prepare-database.js';

const { serverUrl } = inject('postgres');
const logger = createLogger('silent');
const created: string[] = [];
const SEEDING_MS = 180_000;

/** A new database with nothing in it, not even the migrations table. */
async function freshDatabase(): Promise<string> {
  const name = `fresh_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await createDatabase(serverUrl, name);
  created.push(name);
  return databaseUrl(serverUrl, name);
}

async function query<Row>(url: string, text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  for (const name of created) await dropDatabase(serverUrl, name);
});

describe('prepareDatabase', () => {
  test(
    'run twice at once on a fresh database: both succeed, one migrates and seeds, the other finds it done',
    async () => {
      const url = await freshDatabase();
      const results = await Promise.all([prepareDatabase(url, logger), prepareDatabase(url, logger)]);
      const [first, second] = [...results].sort((a, b) => Number(b.seeded) - Number(a.seeded));
      expect(first).toMatchObject({ seeded: true, migrations: migrations.map((migration) => migration.name) });
      expect(second).toMatchObject({ seeded: false, migrations: [] });
      expect(second?.lockWaitMs).toBeGreaterThan(0);
      const [counts] = await query<{ units: number; distinct_units: number; runs: number }>(
        url,
        'select (select count(*)::int from admin_unit) as units, (select count(distinct id)::int from admin_unit) as distinct_units, (select count(*)::int from mikro_orm_migrations) as runs',
      );
      expect(counts?.units).toBeGreaterThan(10_000);
      expect(counts?.distinct_units).toBe(counts?.units);
      expect(counts?.runs).toBe(migrations.length);
    },
    SEEDING_MS,
  );

  test('waits while another session holds the lock, and releases it when done', async () => {
    const url = await freshDatabase();
    // A bigint key shows in pg_locks split into its high (classid) and low (objid) 32 bits.
    const heldLocks = async () =>
      (await query<{ count: number }>(
        url,
        "select count(*)::int as count from pg_locks where locktype = 'advisory' and granted and objsubid = 1 and (classid::int8 << 32) + objid::int8 = $1::int8",
        [PREPARE_LOCK_KEY],
      ))[0]?.count;
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [PREPARE_LOCK_KEY]);
      expect(await heldLocks()).toBe(1);
      let finished = false;
      const preparing = prepareDatabase(url, logger, { seed: false }).then((result) => {
        finished = true;
        return result;
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(finished).toBe(false);
      await holder.query('select pg_advisory_unlock($1)', [PREPARE_LOCK_KEY]);
      expect((await preparing).migrations).toHaveLength(migrations.length);
    } finally {
      await holder.end();
    }
    expect(await heldLocks()).toBe(0);
  });
});

describe('warnOfPendingMigrations (MIGRATE_ON_START=false)', () => {
  test('names the migrations a database lacks in a warning, and none once it is migrated', async () => {
    const url = await freshDatabase();
    const lines: { level: number; msg: string; pending?: string[] }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')) as (typeof lines)[number]);
        done();
      },
    });
    const orm = await MikroORM.init(ormConfig(url));
    try {
      const names = migrations.map((migration) => migration.name);
      expect(await warnOfPendingMigrations(orm, createLogger('info', sink))).toEqual(names);
      expect(lines.at(-1)).toMatchObject({ level: 40, pending: names });
      await prepareDatabase(url, logger, { seed: false });
      expect(await warnOfPendingMigrations(orm, createLogger('info', sink))).toEqual([]);
      expect(lines.at(-1)?.level).toBe(30);
    } finally {
      await orm.close();
    }
  });
});

describe('the migrate and seed commands', () => {
  test(
    'migrate applies every migration without seeding; seed then loads the data once',
    async () => {
      const url = await freshDatabase();
      const orm = await MikroORM.init(ormConfig(url));
      const lines: string[] = [];
      const run = (command: typeof migrateCommand) => command.run({ args: [], orm, logger, out: (line) => lines.push(line) });
      try {
        expect(await run(migrateCommand)).toBe(0);
        expect(lines.at(-1)).toBe(`Đã áp dụng / Applied: ${migrations.map((migration) => migration.name).join(', ')}`);
        expect(await query<{ count: number }>(url, 'select count(*)::int as count from admin_unit')).toEqual([{ count: 0 }]);
        expect(await run(migrateCommand)).toBe(0);
        expect(lines.at(-1)).toBe('Không có migration nào cần chạy / No pending migrations');
        expect(await run(seedCommand)).toBe(0);
        expect(lines.at(-1)).toMatch(/^Đã nạp dữ liệu trong \d+ ms/);
        expect(await run(seedCommand)).toBe(0);
        expect(lines.at(-1)).toBe('Cơ sở dữ liệu đã có dữ liệu, không nạp lại / The database already has data: nothing seeded');
      } finally {
        await orm.close();
      }
    },
    SEEDING_MS,
  );
});
