import { MikroORM } from '@mikro-orm/postgresql';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createDatabase, databaseUrl, dropDatabase } from '../database/database-admin.js';
import { ormConfig } from '../database/orm-config.js';

/*
 * Two API processes (the built dist/main.js, as a deployment runs it) share one PostgreSQL database copied from the
 * migrated and seeded template. One is restarted while a client keeps using the other.
 */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const PERIOD = '2024-2025/HK2';
const START_TIMEOUT_MS = 30_000;

const { serverUrl, template } = inject('postgres');
const database = `two_processes_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
let as: Record<TestAccountName, Record<string, string>>;

/** One API process on loopback. */
interface ApiProcess {
  name: string;
  base: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const running = new Set<ApiProcess>();

/** Starts `node dist/main.js` on a free port and resolves once it logs that it listens. */
async function startApi(name: string): Promise<ApiProcess> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl(serverUrl, database),
      PORT: '0',
      HOST: '127.0.0.1',
      MIGRATE_ON_START: 'true',
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      RATE_LIMIT_COST_PER_MINUTE: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${START_TIMEOUT_MS} ms:\n${output.join('')}`)), START_TIMEOUT_MS);
    void exited.then((code) => reject(new Error(`${name} exited with ${code} before listening:\n${output.join('')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'API listening' && entry.url) {
        clearTimeout(timer);
        resolve(Number(new URL(entry.url).port));
      }
    });
  });
  const api = { name, base: `http://127.0.0.1:${port}`, child, exited };
  running.add(api);
  return api;
}

/** SIGTERM, then the exit code of the graceful shutdown. */
async function stopApi(api: ApiProcess): Promise<number | null> {
  api.child.kill('SIGTERM');
  const code = await api.exited;
  running.delete(api);
  return code;
}

async function ready(api: ApiProcess): Promise<void> {
  const response = await fetch(`${api.base}/readyz`);
  expect(response.status, `${api.name} /readyz`).toBe(200);
}

/** A GraphQL request; a transport error, an HTTP error or a GraphQL error all throw. */
async function graphql<Data>(api: ApiProcess, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Data> {
  const response = await fetch(`${api.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (response.status !== 200 || body.errors) throw new Error(`${api.name}: HTTP ${response.status} ${JSON.stringify(body.errors)}`);
  return body.data as Data;
}

/** The reads compared between the processes: public lists, a unit, and what a province officer sees (drafts too). */
const READS: { name: string; query: string; variables: Record<string, unknown>; caller: () => Record<string, string> }[] = [
  {
    name: 'public figures of Duyên Hải',
    query: 'query ($f: ObservationFilter) { observations(first: 100, filter: $f) { nodes { id indicator { code } value status } } }',
    variables: { f: { units: ['850'], periods: [PERIOD], includeIllustrative: true } },
    caller: () => ({}),
  },
  {
    name: 'public figures of the province',
    query: 'query ($f: ObservationFilter) { observations(first: 100, filter: $f) { nodes { id value status } } }',
    variables: { f: { province: '84', includeIllustrative: true } },
    caller: () => ({}),
  },
  { name: 'a unit and its parent', query: '{ unit(id: "850") { name parent { name } } }', variables: {}, caller: () => ({}) },
  {
    name: "the province officer's view, drafts included",
    query: 'query ($f: ObservationFilter) { observations(first: 100, filter: $f) { nodes { id value status } } }',
    variables: { f: { units: ['850'], periods: [PERIOD], includeIllustrative: true } },
    caller: () => as.traVinh,
  },
];

async function readAll(api: ApiProcess): Promise<unknown[]> {
  return Promise.all(READS.map((read) => graphql(api, read.query, read.variables, read.caller())));
}

/** Both processes give the same answer to every read, each read sent to both at the same moment. */
async function expectSameAnswers(a: ApiProcess, b: ApiProcess): Promise<void> {
  const [fromA, fromB] = await Promise.all([readAll(a), readAll(b)]);
  for (const [index, read] of READS.entries()) expect(fromB[index], `${read.name}: ${a.name} and ${b.name}`).toEqual(fromA[index]);
}

const FIGURE = 'observations { id status } userErrors { code message }';
type Payload = { observations: { id: string; status: string }[]; userErrors: unknown[] };

async function mutate(api: ApiProcess, name: string, input: Record<string, unknown>, caller: Record<string, string>): Promise<Payload> {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const data = await graphql<Record<string, Payload>>(api, `mutation ($input: ${inputType}!) { ${name}(input: $input) { ${FIGURE} } }`, { input }, caller);
  const payload = data[name]!;
  expect(payload.userErrors, `${name} through ${api.name}`).toEqual([]);
  return payload;
}

async function versionOf(api: ApiProcess, id: string): Promise<number> {
  const data = await graphql<{ observation: { version: number } }>(api, 'query ($id: ID!) { observation(id: $id) { version } }', { id }, as.admin);
  return data.observation.version;
}

/** A district saves and submits a figure through `writer`; the province approves through `other` and publishes through `writer`. */
async function publishFigure(writer: ApiProcess, other: ApiProcess, indicator: string, value: number): Promise<string> {
  const saved = await mutate(writer, 'observationSave', { figures: [{ unit: '850', indicator, level: 'TIEU_HOC', period: PERIOD, value }], submit: true }, as.duyenHai);
  const id = saved.observations[0]!.id;
  await mutate(other, 'observationApprove', { items: [{ id, version: await versionOf(other, id) }] }, as.traVinh);
  const published = await mutate(writer, 'observationPublish', { items: [{ id, version: await versionOf(writer, id) }] }, as.traVinh);
  expect(published.observations.map((figure) => figure.status)).toEqual(['PUBLISHED']);
  return id;
}

async function publicFigure(api: ApiProcess, id: string): Promise<{ status: string; value: number } | null> {
  return (await graphql<{ observation: { status: string; value: number } | null }>(api, 'query ($id: ID!) { observation(id: $id) { status value } }', { id })).observation;
}

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npx tsc -b packages/api, or npm test, which builds)`);
  await createDatabase(serverUrl, database, template);
  const orm = await MikroORM.init(ormConfig(databaseUrl(serverUrl, database)));
  try {
    as = await createTestTokens(orm);
  } finally {
    await orm.close();
  }
});

afterAll(async () => {
  await Promise.all([...running].map((api) => stopApi(api)));
  await dropDatabase(serverUrl, database);
});

describe('two API processes sharing one PostgreSQL', () => {
  test('answer alike, see each other\'s publications, and one keeps serving while the other restarts', { timeout: 90_000 }, async () => {
    // Both start at once: the migration lock lets one check the schema while the other waits.
    let [a, b] = await Promise.all([startApi('A'), startApi('B')]);
    await Promise.all([ready(a), ready(b)]);
    await expectSameAnswers(a, b);

    // Read through B first, so that anything B keeps from that answer would show up as stale below.
    const before = await readAll(b);
    const first = await publishFigure(a, b, 'dropout_rate', 0.6);
    expect(await publicFigure(b, first)).toEqual({ status: 'PUBLISHED', value: 0.6 });
    expect(await readAll(b)).not.toEqual(before);
    await expectSameAnswers(a, b);

    // A client reads through both processes, and every fifth round writes through A. B leaves the rotation, is
    // stopped once its last round has been answered, started again and rejoins; no request may fail meanwhile.
    let enrolmentId: string | undefined;
    const saveEnrolment = async (value: number) => {
      const expectedVersion = enrolmentId === undefined ? {} : { expectedVersion: await versionOf(a, enrolmentId) };
      const figure = { unit: '850', indicator: 'enrolment_count', level: 'TIEU_HOC', period: PERIOD, value, ...expectedVersion };
      enrolmentId = (await mutate(a, 'observationSave', { figures: [figure] }, as.duyenHai)).observations[0]!.id;
    };
    let targets = [a, b];
    let stop = false;
    let currentRound: Promise<void> = Promise.resolve();
    const failures: string[] = [];
    const rounds = new Map<string, number>();
    const client = (async () => {
      for (let round = 0; !stop; round += 1) {
        const those = targets;
        currentRound = (async () => {
          await Promise.all(
            those.map(async (api) => {
              try {
                await readAll(api);
                rounds.set(api.name, (rounds.get(api.name) ?? 0) + 1);
              } catch (error) {
                failures.push(`${api.name}: ${String(error)}`);
              }
            }),
          );
          if (round % 5 === 4) await saveEnrolment(3000 + round).catch((error: unknown) => void failures.push(`write: ${String(error)}`));
        })();
        await currentRound;
      }
    })();
    const roundsOf = (name: string) => rounds.get(name) ?? 0;
    const waitFor = async (condition: () => boolean) => {
      while (!condition() && failures.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    };

    await waitFor(() => roundsOf('B') >= 2);
    targets = [a];
    await currentRound;
    const roundsOfABeforeStop = roundsOf('A');
    expect(await stopApi(b)).toBe(0);
    b = await startApi('B (restarted)');
    await ready(b);
    targets = [a, b];
    await waitFor(() => roundsOf('B (restarted)') >= 2);
    stop = true;
    await client;
    expect(failures).toEqual([]);
    expect(roundsOf('A')).toBeGreaterThan(roundsOfABeforeStop);
    expect(enrolmentId).toBeDefined();
    for (let round = 0; round < 3; round += 1) await expectSameAnswers(a, b);

    const second = await publishFigure(b, a, 'repetition_rate', 1.2);
    expect(await publicFigure(a, second)).toEqual({ status: 'PUBLISHED', value: 1.2 });
    expect(await publicFigure(b, first)).toEqual({ status: 'PUBLISHED', value: 0.6 });
    await expectSameAnswers(a, b);
  });
});
