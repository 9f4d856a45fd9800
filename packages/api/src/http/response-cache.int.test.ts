import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { ormConfig } from '../database/orm-config.js';
import { createLogger } from '../logger.js';
import { createSchema } from '../schema.js';
import { startServer, type RunningServer } from '../server.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { CACHE_HEADER, DEFAULT_RESPONSE_CACHE } from './response-cache.js';

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;
let otherOrm: MikroORM;
let other: RunningServer;

beforeAll(async () => {
  app = await createTestApp({ responseCache: DEFAULT_RESPONSE_CACHE });
  as = await createTestTokens(app.orm);
  otherOrm = await MikroORM.init(ormConfig(app.orm.config.get('clientUrl')!));
  other = await startServer({
    orm: otherOrm,
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
  await other.close();
  await otherOrm.close();
  await app.close();
});

interface FigureNode {
  id: string;
  version: number;
  value: number;
  numerator: number;
  denominator: number;
}
type FiguresData = { observations: { nodes: FigureNode[] } };

const FIGURE = `query ($unit: ID!) { observations(filter: { units: [$unit], indicators: ["dropout_rate"], levels: [THCS], periods: ["2024-2025"] }) {
  nodes { id version value numerator denominator } } }`;

/** Asks a server (this test's app by default) for the figure, and says whether the answer came from its cache. */
async function ask(variables: Record<string, unknown>, headers: Record<string, string> = {}, url = app.url) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: FIGURE, variables }),
  });
  const body = (await response.json()) as { data?: FiguresData; errors?: unknown[] };
  return { cache: response.headers.get(CACHE_HEADER), body };
}

async function move(name: string, input: string, variables: Record<string, unknown>, caller: Record<string, string>): Promise<FigureNode> {
  const response = await app.graphql<Record<string, { userErrors: unknown[]; observations: FigureNode[] }>>(
    `mutation ($input: ${input}!) { ${name}(input: $input) { userErrors { code message } observations { id version value numerator denominator } } }`,
    { input: variables },
    caller,
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data![name]!.userErrors).toEqual([]);
  return response.body.data![name]!.observations[0]!;
}

describe('response cache', () => {
  test('an anonymous query is answered from the cache the second time, unchanged and without reaching the database for data', async () => {
    const first = await ask({ unit: '842' });
    app.sql.reset();
    const second = await ask({ unit: '842' });
    expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(app.sql.statements).toHaveLength(1);
    expect(app.sql.statements[0]).toMatch(/publication_version/);
  });

  test('the same query written with other spacing and comments shares one cache entry; other variables do not', async () => {
    await ask({ unit: '844' });
    const spaced = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `# the figure\n${FIGURE.replaceAll(' ', '   ')}`, variables: { unit: '844' } }),
    });
    expect(spaced.headers.get(CACHE_HEADER)).toBe('hit');
    expect((await ask({ unit: '845' })).cache).toBe('miss');
  });

  test('signed-in callers, mutations and answers with errors are never cached', async () => {
    expect((await ask({ unit: '846' }, as.duyenHai)).cache).toBe('bypass');
    expect((await ask({ unit: '846' }, as.duyenHai)).cache).toBe('bypass');
    const unknown = { query: '{ scorecard(unit: "99999", period: "2024-2025") { period } }' };
    for (let round = 0; round < 2; round += 1) {
      const response = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(unknown) });
      expect(response.headers.get(CACHE_HEADER)).toBe('bypass');
    }
    const mutation = await app.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { observationSubmit(input: { items: [] }) { userErrors { code } } }' }),
    });
    expect(mutation.headers.get(CACHE_HEADER)).toBe('bypass');
  });

  test('a publication shows in the next anonymous answer of both processes on the database, and a draft changes nothing', async () => {
    const before = await ask({ unit: '850' });
    await ask({ unit: '850' }, {}, other.url);
    expect((await ask({ unit: '850' }, {}, other.url)).cache).toBe('hit');
    const figure = before.body.data!.observations.nodes[0]!;
    const { body } = await app.graphql<FiguresData>(FIGURE, { unit: '850' }, as.admin);
    const current = body.data!.observations.nodes[0]!;
    const numerator = current.numerator + 2;
    const saved = await move(
      'observationSave',
      'ObservationSaveInput',
      {
        figures: [
          {
            unit: '850',
            indicator: 'dropout_rate',
            level: 'THCS',
            period: '2024-2025',
            value: Math.round((10_000 * numerator) / current.denominator) / 100,
            numerator,
            denominator: current.denominator,
            expectedVersion: current.version,
            reason: 'Cộng sót 2 học sinh',
          },
        ],
        submit: true,
      },
      as.duyenHai,
    );
    const whileDraft = await ask({ unit: '850' });
    expect(whileDraft.cache).toBe('hit');
    expect(whileDraft.body.data!.observations.nodes[0]!.numerator).toBe(figure.numerator);

    const approved = await move('observationApprove', 'ObservationApproveInput', { items: [{ id: saved.id, version: saved.version }] }, as.traVinh);
    await move('observationPublish', 'ObservationPublishInput', { items: [{ id: approved.id, version: approved.version }] }, as.traVinh);

    for (const url of [app.url, other.url]) {
      const after = await ask({ unit: '850' }, {}, url);
      expect(after.cache).toBe('miss');
      expect(after.body.data!.observations.nodes[0]!.numerator).toBe(numerator);
    }
  });
});
