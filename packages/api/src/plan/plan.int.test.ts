import { PLANS } from '@edu-vn/domain';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface PlanNode {
  id: string;
  title: string;
  period: string;
  unit: { id: string; name: string };
  taskGroups: { totalCount: number; nodes: { section: string; titleVi: string }[] };
  deadlines: { totalCount: number; nodes: { section: string; due: Record<string, unknown> }[] };
  targets: { totalCount: number };
}

describe('plans', () => {
  test('the five plans, each with its district, task groups, deadlines and targets as the domain package states them', async () => {
    const { status, body } = await app.graphql<{ plans: { totalCount: number; nodes: PlanNode[] } }>(`{
      plans(first: 5) { totalCount nodes { id title period unit { id name }
        taskGroups(first: 20) { totalCount nodes { section titleVi } }
        deadlines(first: 20) { totalCount nodes { section } }
        targets(first: 0) { totalCount } } } }`);
    expect(status).toBe(200);
    expect(body.data?.plans.totalCount).toBe(5);
    expect(body.data?.plans.nodes.map((plan) => [plan.id, plan.unit.id, plan.unit.name])).toEqual([
      ['000', '848', 'Huyện Cầu Ngang'],
      ['001', '182', 'Huyện Văn Lãng'],
      ['002', '295', 'Huyện Cẩm Giàng'],
      ['003', '850', 'Huyện Duyên Hải'],
      ['004', '783', 'Huyện Củ Chi'],
    ]);
    for (const plan of body.data?.plans.nodes ?? []) {
      const source = PLANS.find((candidate) => candidate.id === plan.id);
      expect(plan).toMatchObject({ title: source?.title, period: source?.period });
      expect(plan.taskGroups.nodes).toEqual(source?.taskGroups.map(({ section, titleVi }) => ({ section, titleVi })));
      expect(plan.taskGroups.totalCount).toBe(source?.taskGroups.length);
      expect(plan.deadlines.nodes.map((deadline) => deadline.section)).toEqual(source?.deadlines.map((deadline) => deadline.section));
      expect(plan.targets.totalCount).toBe(source?.targets.length);
    }
  });

  test.each([
    ['001', 11],
    ['004', 13],
  ])('plan %s has %i task groups, as the seed index says', async (id, count) => {
    const { body } = await app.graphql(`query($id: ID!) { plan(id: $id) { taskGroups { totalCount } } }`, { id });
    expect(body.data).toEqual({ plan: { taskGroups: { totalCount: count } } });
  });

  test('plan 003 (Duyên Hải) has its reporting calendar: 06/9/2024, monthly on the 5th, 13/01/2025, before 10/6/2025', async () => {
    const { body } = await app.graphql<{ plan: PlanNode }>(`{ plan(id: "003") { deadlines { nodes { section due {
      kind date day month before } } } } }`);
    expect(body.data?.plan.deadlines.nodes.map((deadline) => deadline.due)).toEqual([
      { kind: 'DATE', date: '2024-09-06', day: null, month: null, before: false },
      { kind: 'MONTHLY', date: null, day: 5, month: null, before: false },
      { kind: 'DATE', date: '2025-01-13', day: null, month: null, before: false },
      { kind: 'DATE', date: '2025-06-10', day: null, month: null, before: true },
    ]);
  });

  test('plan metadata: signer, issue date when the text gives it, null when it does not', async () => {
    const { body } = await app.graphql(`{
      cuChi: plan(id: "004") { number issuer issuedOn signer { name title } }
      cauNgang: plan(id: "000") { issuedOn signer { name title } } }`);
    expect(body.data).toMatchObject({
      cuChi: { issuedOn: '2023-09-19', signer: { name: 'Nguyễn Thị Hằng' } },
      cauNgang: { issuedOn: null, signer: { name: 'Lâm Hữu Thuyết', title: 'Trưởng phòng' } },
    });
  });

  test('the full text of a plan is available and holds every target’s wording', async () => {
    const { body } = await app.graphql<{ plan: { text: string; targets: { nodes: { wording: string; quote: string }[] } } }>(
      `{ plan(id: "003") { text targets(first: 100) { nodes { wording quote } } } }`,
    );
    const plan = body.data?.plan;
    expect(plan?.text.length).toBeGreaterThan(30_000);
    expect(plan?.text).toContain('Duyên Hải');
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    for (const target of plan?.targets.nodes ?? []) expect(squash(plan?.text ?? '')).toContain(squash(target.quote));
  });

  test('plans of a unit, through the unit', async () => {
    const { body } = await app.graphql(`{ unit(id: "850") { plans { totalCount nodes { id } } } }`);
    expect(body.data).toEqual({ unit: { plans: { totalCount: 1, nodes: [{ id: '003' }] } } });
  });

  test('plans filtered by period', async () => {
    const { body } = await app.graphql<{ plans: { nodes: { id: string }[] } }>(`{ plans(filter: { period: "2023-2024" }) { nodes { id } } }`);
    expect(body.data?.plans.nodes.map((plan) => plan.id)).toEqual(PLANS.filter((plan) => plan.period === '2023-2024').map((plan) => plan.id));
  });

  test('plans with their text, unit, task groups, deadlines and targets’ indicators take as many SQL statements for 5 plans as for 1', async () => {
    const query = `query($first: Int!) { plans(first: $first) { nodes { id text unit { name province { name } }
      taskGroups(first: 5) { nodes { section } } deadlines(first: 5) { nodes { section } }
      targets(first: 10) { nodes { wording indicator { nameVi } unit { name } plan { id } } } } } }`;
    const count = async (first: number) => {
      app.sql.reset();
      const { body } = await app.graphql<{ plans: { nodes: unknown[] } }>(query, { first });
      expect(body.data?.plans.nodes).toHaveLength(first);
      return app.sql.statements.length;
    };
    expect(await count(5)).toBe(await count(1));
  });

  test('an unknown plan is null', async () => {
    const { body } = await app.graphql(`{ plan(id: "999") { id } }`);
    expect(body).toEqual({ data: { plan: null } });
  });
});
