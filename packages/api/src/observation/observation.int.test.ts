import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens, type TestAccountName } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
let headers: Record<TestAccountName, Record<string, string>>;
beforeAll(async () => {
  app = await createTestApp();
  headers = await createTestTokens(app.orm);
});
afterAll(() => app.close());

interface Node {
  id: string;
  value: number;
  numerator: number | null;
  denominator: number | null;
  status: string;
  revision: number;
  illustrative: boolean;
  source: string;
  level: string;
  period: string;
  unit: { id: string };
  indicator: { code: string };
}
interface ListData {
  observations: {
    totalCount: number;
    illustrative: boolean;
    notice: { vi: string; en: string } | null;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Node[];
  };
}

const LIST = `query ($filter: ObservationFilter, $first: Int, $after: String) {
  observations(filter: $filter, first: $first, after: $after) {
    totalCount illustrative notice { vi en } pageInfo { hasNextPage endCursor }
    nodes { id value numerator denominator status revision illustrative source level period unit { id } indicator { code } }
  }
}`;

const list = async (variables: Record<string, unknown>, as: Record<string, string> = {}) => {
  const { body } = await app.graphql<ListData>(LIST, variables, as);
  expect(body.errors).toBeUndefined();
  return body.data!.observations;
};
const db = () => app.orm.em.fork().getKysely<unknown>();

describe('observations', () => {
  test('filtering by province, period, indicator and level returns the province and each of its districts', async () => {
    const result = await list({ filter: { province: '84', periods: ['2024-2025'], indicators: ['dropout_rate'], levels: ['THCS'] }, first: 50 });
    expect(result.totalCount).toBe(10);
    expect(result.nodes.map((node) => node.unit.id).sort()).toEqual(['84', '842', '844', '845', '846', '847', '848', '849', '850', '851']);
    expect(result.nodes.every((node) => node.indicator.code === 'dropout_rate' && node.level === 'THCS' && node.period === '2024-2025')).toBe(true);
  });

  test('pages through a filtered list without overlap, with the same total on every page', async () => {
    const filter = { districts: ['848', '850'], periods: ['2024-2025'] };
    const first = await list({ filter, first: 40 });
    const second = await list({ filter, first: 40, after: first.pageInfo.endCursor });
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.totalCount).toBe(first.totalCount);
    const ids = [...first.nodes, ...second.nodes].map((node) => node.id);
    expect(new Set(ids).size).toBe(80);
    expect([...first.nodes, ...second.nodes].every((node) => ['848', '850'].includes(node.unit.id))).toBe(true);
  });

  test('rates carry their numerator and denominator', async () => {
    const result = await list({ filter: { units: ['850'], indicators: ['mobilisation_rate'], periods: ['2024-2025'] }, first: 10 });
    expect(result.nodes.length).toBeGreaterThan(0);
    for (const node of result.nodes) {
      expect(node.value).toBeCloseTo((100 * node.numerator!) / node.denominator!, 2);
    }
  });

  test('an anonymous caller sees every published figure and nothing else', async () => {
    const { rows } = await sql<{ visible: number; hidden: number }>`select count(*) filter (where published_revision is not null)::int as visible,
      count(*) filter (where published_revision is null)::int as hidden from observation`.execute(db());
    expect(rows[0]!.hidden).toBeGreaterThan(0);
    const all = await list({ first: 1 });
    expect(all.totalCount).toBe(rows[0]!.visible);
    const unpublished = await list({ filter: { statuses: ['DRAFT', 'SUBMITTED', 'APPROVED'] }, first: 1 });
    expect(unpublished.totalCount).toBe(0);
    const inReview = await list({ filter: { districts: ['784', '785', '787', '178', '183', '186', '288', '291', '296'] }, first: 100 });
    expect(inReview.nodes.every((node) => node.status === 'PUBLISHED')).toBe(true);
  });

  test('an anonymous caller sees the published revision of a figure whose correction awaits review', async () => {
    const { rows } = await sql<{ id: number; value: number; published_value: number }>`select id, value, published_value from observation
      where revision = 2 and published_revision = 1 and status <> 'published' limit 1`.execute(db());
    const pending = rows[0]!;
    const { body } = await app.graphql<{ observation: { value: number; revision: number; status: string; revisions: { totalCount: number } } }>(
      `query ($id: ID!) { observation(id: $id) { value revision status revisions { totalCount } } }`,
      { id: String(pending.id) },
    );
    expect(body.data!.observation).toEqual({ value: pending.published_value, revision: 1, status: 'PUBLISHED', revisions: { totalCount: 1 } });
    expect(pending.value).not.toBe(pending.published_value);
  });

  test('the provincial department sees its districts’ figures in review; a district officer and the public do not', async () => {
    const inReview = { filter: { units: ['784', '785', '787'], statuses: ['DRAFT', 'SUBMITTED', 'APPROVED'] }, first: 100 };
    const province = await list(inReview, headers.hoChiMinh);
    expect(province.totalCount).toBeGreaterThan(0);
    expect(new Set(province.nodes.map((node) => node.status)).size).toBeGreaterThan(1);
    expect((await list(inReview, headers.cuChi)).totalCount).toBe(0);
    expect((await list(inReview, headers.traVinh)).totalCount).toBe(0);
    expect((await list(inReview)).totalCount).toBe(0);
  });

  test('within its scope a caller sees the correction awaiting review; outside it, the published figure', async () => {
    const { rows } = await sql<{ id: number; value: number; published_value: number; unit_id: string }>`select o.id, o.value, o.published_value, o.unit_id
      from observation o join admin_unit u on u.id = o.unit_id where o.revision = 2 and o.published_revision = 1 and o.status <> 'published'
      and u.province_id = '79' limit 1`.execute(db());
    const pending = rows[0]!;
    const QUERY = `query ($id: ID!) { observation(id: $id) { value revision revisions { totalCount } } }`;
    const asProvince = await app.graphql<{ observation: { value: number; revision: number; revisions: { totalCount: number } } }>(QUERY, { id: String(pending.id) }, headers.hoChiMinh);
    expect(asProvince.body.data!.observation).toEqual({ value: pending.value, revision: 2, revisions: { totalCount: 2 } });
    const asOther = await app.graphql<{ observation: { value: number; revision: number } }>(QUERY, { id: String(pending.id) }, headers.traVinh);
    expect(asOther.body.data!.observation).toMatchObject({ value: pending.published_value, revision: 1 });
  });

  test('an administrator sees every figure', async () => {
    const { rows } = await sql<{ count: number }>`select count(*)::int as count from observation`.execute(db());
    expect((await list({ first: 1 }, headers.admin)).totalCount).toBe(rows[0]!.count);
  });

  test('every illustrative page says so; without illustrative figures the list is empty and says nothing', async () => {
    const result = await list({ filter: { units: ['850'] }, first: 5 });
    expect(result.illustrative).toBe(true);
    expect(result.nodes.every((node) => node.illustrative && node.source === 'Số liệu minh họa — generated')).toBe(true);
    expect(result.notice).toEqual({ vi: expect.stringMatching(/^Số liệu minh họa/), en: expect.stringMatching(/^Illustrative figures/) });
    const real = await list({ filter: { units: ['850'], includeIllustrative: false }, first: 5 });
    expect(real).toMatchObject({ totalCount: 0, illustrative: false, notice: null, nodes: [] });
  });

  test('a corrected figure lists its revisions oldest first, the correction with its reason', async () => {
    const { rows } = await sql<{ id: number }>`select id from observation where revision = 2 and status = 'published' order by id limit 1`.execute(db());
    const { body } = await app.graphql<{
      observation: { value: number; revisions: { totalCount: number; nodes: { number: number; value: number; reason: string | null; recordedBy: string }[] } };
    }>(`query ($id: ID!) { observation(id: $id) { value revisions { totalCount nodes { number value reason recordedBy } } } }`, { id: String(rows[0]!.id) });
    const { observation } = body.data!;
    expect(observation.revisions.totalCount).toBe(2);
    const [first, second] = observation.revisions.nodes;
    expect([first!.number, second!.number]).toEqual([1, 2]);
    expect(first!.reason).toBeNull();
    expect(second!.reason).toMatch(/Sửa số liệu/);
    expect(second!.value).toBe(observation.value);
    expect(first!.value).not.toBe(second!.value);
  });

  test('a unit lists its own figures', async () => {
    const { body } = await app.graphql<{ unit: { observations: { totalCount: number; illustrative: boolean; nodes: { unit: { id: string } }[] } } }>(
      `{ unit(id: "850") { observations(filter: { periods: ["2024-2025"] }, first: 3) { totalCount illustrative nodes { unit { id } } } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.unit.observations.totalCount).toBeGreaterThan(50);
    expect(body.data!.unit.observations.nodes.map((node) => node.unit.id)).toEqual(['850', '850', '850']);
  });

  test.each([
    ['a page over 100', { first: 101 }, 'first'],
    ['a malformed period', { filter: { periods: ['2024/25'] } }, 'filter.periods'],
    ['too many units', { filter: { units: Array.from({ length: 101 }, (_, i) => String(i)) } }, 'filter.units'],
  ])('%s is refused with a user error naming the argument', async (_name, variables, argument) => {
    const { body } = await app.graphql(LIST, variables);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
  });
});
