import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

interface Change {
  id: string;
  kind: string;
  observationId: string;
  unitId: string;
  value: number;
  revision: number;
  status: string;
  actor: string;
  comment: string | null;
}
interface Feed {
  nodes: Change[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  resumeCursor: string | null;
  totalCount: number;
}

const FEED = `query ($unit: ID, $after: String, $first: Int) { observationChanges(unit: $unit, after: $after, first: $first) {
  nodes { id kind observationId unitId value revision status actor comment } pageInfo { hasNextPage endCursor } resumeCursor totalCount } }`;

let app: TestApp;
let as: Record<TestAccountName, Record<string, string>>;

beforeAll(async () => {
  app = await createTestApp();
  as = await createTestTokens(app.orm);
});
afterAll(() => app.close());

async function pull(after: string | null, first = 100, caller = as.traVinh): Promise<Feed> {
  const response = await app.graphql<{ observationChanges: Feed }>(FEED, { unit: '84', after, first }, caller);
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.observationChanges as Feed;
}

/** The feed shows a change once every older transaction has finished; wait for that instead of racing it. */
async function pullUntil(after: string | null, count: number): Promise<Feed> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const feed = await pull(after);
    if (feed.nodes.length >= count) return feed;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return pull(after);
}

async function save(figures: Record<string, unknown>[], submit = false): Promise<{ id: string; version: number }[]> {
  const response = await app.graphql<{ observationSave: { observations: { id: string; version: number }[]; userErrors: unknown[] } }>(
    'mutation ($input: ObservationSaveInput!) { observationSave(input: $input) { observations { id version } userErrors { code } } }', { input: { figures, submit } }, as.duyenHai);
  expect(response.body.data?.observationSave.userErrors).toEqual([]);
  return response.body.data?.observationSave.observations ?? [];
}

describe('the change feed', () => {
  test('lists changes in order, resumes after a cursor, and includes corrections with their reason', async () => {
    let cursor: string | null = null;
    for (let page = await pull(cursor); page.nodes.length > 0; page = await pull(cursor)) cursor = page.resumeCursor;

    const [figure] = (await save([{ unit: '850', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025/HK1', value: 1.1 }])) as [{ id: string; version: number }];
    await save([{ unit: '850', indicator: 'dropout_rate', level: 'THCS', period: '2024-2025/HK1', value: 0.9, expectedVersion: figure.version, reason: 'Sửa lỗi đánh máy' }], true);

    const fresh = await pullUntil(cursor, 3);
    expect(fresh.nodes.map(({ kind, observationId, value, revision, status, comment }) => ({ kind, observationId, value, revision, status, comment }))).toEqual([
      { kind: 'CREATED', observationId: figure.id, value: 1.1, revision: 1, status: 'DRAFT', comment: null },
      { kind: 'REVISED', observationId: figure.id, value: 0.9, revision: 2, status: 'DRAFT', comment: 'Sửa lỗi đánh máy' },
      { kind: 'SUBMITTED', observationId: figure.id, value: 0.9, revision: 2, status: 'SUBMITTED', comment: null },
    ]);
    expect(fresh.nodes.every((change) => change.actor === 'duyenhai')).toBe(true);

    const nothingNew = await pull(fresh.resumeCursor);
    expect(nothingNew.nodes).toEqual([]);
    expect(nothingNew.resumeCursor).toBe(fresh.resumeCursor);
  });

  test('pages through the feed without repeating or skipping a change', async () => {
    const all = await pullUntil(null, 1);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await pull(cursor, 2);
      seen.push(...page.nodes.map((node) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      cursor = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.nodes.map((node) => node.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('a district officer pulls its own district only', async () => {
    const own = await app.graphql<{ observationChanges: Feed }>(FEED, { unit: '850' }, as.duyenHai);
    expect(own.body.errors).toBeUndefined();
    expect(new Set(own.body.data?.observationChanges.nodes.map((node) => node.unitId))).toEqual(new Set(['850']));
    const province = await app.graphql(FEED, { unit: '84' }, as.duyenHai);
    expect(province.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  test('refuses a cursor it did not make', async () => {
    const response = await app.graphql(FEED, { unit: '84', after: 'bm90LWEtY3Vyc29y' }, as.traVinh);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('carries whether each changed figure is illustrative; a district\'s correction of a generated figure is not', async () => {
    const db = app.orm.em.fork().getKysely<unknown>();
    const { rows: [approved] } = await sql<{ id: number; version: number }>`
      select o.id, o.version from observation o where o.illustrative and o.status = 'approved' order by o.id limit 1`.execute(db);
    const { rows: [published] } = await sql<{ id: number; indicator_code: string; level: string; period: string; numerator: number; denominator: number; version: number }>`
      select o.id, o.indicator_code, o.level, o.period, o.numerator, o.denominator, o.version from observation o join indicator i on i.code = o.indicator_code
      where o.illustrative and o.status = 'published' and o.unit_id = '850' and o.disaggregation_by is null and i.unit = 'percent' and i.distribution is null and o.numerator > 0
      order by o.id limit 1`.execute(db);
    expect(approved).toBeDefined();
    expect(published).toBeDefined();
    if (!approved || !published) return;
    const ADMIN_FEED = 'query ($after: String) { observationChanges(after: $after, first: 100) { nodes { kind observationId illustrative } resumeCursor } }';
    const pullAll = async (after: string | null) =>
      (await app.graphql<{ observationChanges: { nodes: { kind: string; observationId: string; illustrative: boolean }[]; resumeCursor: string | null } }>(ADMIN_FEED, { after }, as.admin)).body.data
        ?.observationChanges ?? { nodes: [], resumeCursor: after };
    let cursor: string | null = null;
    for (let page = await pullAll(cursor); page.nodes.length > 0; page = await pullAll(cursor)) cursor = page.resumeCursor;

    const publish = await app.graphql<{ observationPublish: { userErrors: unknown[] } }>(
      'mutation ($input: ObservationPublishInput!) { observationPublish(input: $input) { userErrors { code } } }', { input: { items: [{ id: String(approved.id), version: approved.version }] } }, as.admin);
    expect(publish.body.data?.observationPublish.userErrors).toEqual([]);
    await save([{ unit: '850', indicator: published.indicator_code, level: published.level.toUpperCase(), period: published.period, numerator: published.numerator - 1,
      denominator: published.denominator, expectedVersion: published.version, reason: 'Đối chiếu lại với sổ theo dõi' }]);

    let fresh = await pullAll(cursor);
    for (let attempt = 0; attempt < 50 && fresh.nodes.length < 2; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      fresh = await pullAll(cursor);
    }
    expect(fresh.nodes).toEqual([
      { kind: 'PUBLISHED', observationId: String(approved.id), illustrative: true },
      { kind: 'REVISED', observationId: String(published.id), illustrative: false },
    ]);
    const figure = await app.graphql<{ observation: { illustrative: boolean } }>('query ($id: ID!) { observation(id: $id) { illustrative } }', { id: String(published.id) }, as.duyenHai);
    expect(figure.body.data?.observation.illustrative).toBe(false);
  });
});
