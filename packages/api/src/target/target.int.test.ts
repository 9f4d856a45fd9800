import { PLANS } from '@edu-vn/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const ALL_TARGETS = PLANS.flatMap((plan) => plan.targets);

interface TargetNode {
  id: string;
  level: string;
  period: string;
  comparator: string;
  value: number;
  wording: string;
  plan: { id: string };
  unit: { id: string };
  indicator: { code: string };
}
type Targets = { targets: { totalCount: number; nodes: TargetNode[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const TARGETS = `query($filter: TargetFilter, $first: Int, $after: String) {
  targets(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id level period comparator value wording plan { id } unit { id } indicator { code } } } }`;

describe('targets', () => {
  test('every target of the plans is served, in plan and document order, across pages', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const response: { body: { data?: Targets | null } } = await app.graphql<Targets>(TARGETS, { first: 100, after });
      const page: Targets['targets'] | undefined = response.body.data?.targets;
      total = page?.totalCount ?? 0;
      ids.push(...(page?.nodes.map((node) => node.id) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after !== null);
    expect(total).toBe(ALL_TARGETS.length);
    expect(ids).toEqual(ALL_TARGETS.map((target) => target.id));
  });

  test('a target keeps the comparator, value and wording of its plan', async () => {
    const source = PLANS.find((plan) => plan.id === '003')?.targets[0];
    const { body } = await app.graphql(`query($id: ID!) { target(id: $id) { comparator value wording quote section level plan { id } unit { name } } }`, {
      id: source?.id,
    });
    expect(body.data).toEqual({
      target: {
        comparator: source?.comparator.toUpperCase(),
        value: source?.value,
        wording: source?.wording,
        quote: source?.quote,
        section: source?.section,
        level: source?.level.toUpperCase(),
        plan: { id: '003' },
        unit: { name: 'Huyện Duyên Hải' },
      },
    });
  });

  test.each([
    ['plan', { plan: '003' }, (target: (typeof ALL_TARGETS)[number]) => target.id.startsWith('003-')],
    ['unit', { unit: '848' }, (target: (typeof ALL_TARGETS)[number]) => target.unitCode === '848'],
    ['indicator', { indicator: 'dropout_rate' }, (target: (typeof ALL_TARGETS)[number]) => target.indicator === 'dropout_rate'],
    ['level', { level: 'MAU_GIAO' }, (target: (typeof ALL_TARGETS)[number]) => target.level === 'mau_giao'],
    ['period', { period: '2022-2023' }, (target: (typeof ALL_TARGETS)[number]) => target.period === '2022-2023'],
    [
      'unit, level and period',
      { unit: '850', level: 'THCS', period: '2024-2025' },
      (target: (typeof ALL_TARGETS)[number]) => target.unitCode === '850' && target.level === 'thcs' && target.period === '2024-2025',
    ],
  ])('filter by %s returns exactly the matching targets', async (_name, filter, matches) => {
    const expected = ALL_TARGETS.filter(matches).map((target) => target.id);
    expect(expected.length).toBeGreaterThan(0);
    const { body } = await app.graphql<Targets>(TARGETS, { filter, first: 100 });
    expect(body.data?.targets.totalCount).toBe(expected.length);
    expect(body.data?.targets.nodes.map((node) => node.id)).toEqual(expected.slice(0, 100));
  });

  test.each([
    ['unit', { unit: 'nope' }, 'filter.unit'],
    ['plan', { plan: '999' }, 'filter.plan'],
    ['indicator', { indicator: 'no_such_indicator' }, 'filter.indicator'],
  ])('a filter naming an unknown %s is NOT_FOUND', async (_name, filter, argumentName) => {
    const { status, body } = await app.graphql(TARGETS, { filter });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argumentName });
    expect(body.errors?.[0]?.message).toMatch(/ \/ No /);
  });

  test('targets nested under a plan, a unit and an indicator agree with the root filter', async () => {
    const { body } = await app.graphql<{
      plan: { targets: { totalCount: number } };
      unit: { targets: { totalCount: number } };
      indicator: { targets: { totalCount: number } };
    }>(`{
      plan(id: "003") { targets(first: 0) { totalCount } }
      unit(id: "848") { targets(first: 0, filter: { period: "2022-2023" }) { totalCount } }
      indicator(code: "dropout_rate") { targets(first: 0) { totalCount } } }`);
    expect(body.data?.plan.targets.totalCount).toBe(ALL_TARGETS.filter((target) => target.id.startsWith('003-')).length);
    expect(body.data?.unit.targets.totalCount).toBe(ALL_TARGETS.filter((target) => target.unitCode === '848' && target.period === '2022-2023').length);
    expect(body.data?.indicator.targets.totalCount).toBe(ALL_TARGETS.filter((target) => target.indicator === 'dropout_rate').length);
  });

  test.each([
    [-1, 'BAD_USER_INPUT'],
    [101, 'BAD_USER_INPUT'],
  ])('first: %i is rejected with %s', async (first, code) => {
    const { body } = await app.graphql(TARGETS, { first });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, argumentName: 'first' });
  });

  test.each([0, 100])('first: %i is accepted', async (first) => {
    const { body } = await app.graphql<Targets>(TARGETS, { first });
    expect(body.errors).toBeUndefined();
    expect(body.data?.targets.nodes).toHaveLength(Math.min(first, ALL_TARGETS.length));
  });

  test.each(['not-a-cursor', Buffer.from('["a","b","c"]').toString('base64url')])('after: %j is rejected as BAD_USER_INPUT', async (after) => {
    const { body } = await app.graphql(TARGETS, { after });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});
