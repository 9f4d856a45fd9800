import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

interface UnitNode {
  id: string;
  code: string;
  name: string;
  kind: string;
  era: string;
  validTo: string | null;
}

describe('unit search', () => {
  test('search "cau ngang" finds Huyện Cầu Ngang first', async () => {
    const { status, body } = await app.graphql<{ units: { totalCount: number; nodes: UnitNode[] } }>(
      `{ units(filter: { search: "cau ngang" }) { totalCount nodes { id name kind era validTo } } }`,
    );
    expect(status).toBe(200);
    expect(body.data?.units.nodes[0]).toEqual({ id: '848', name: 'Huyện Cầu Ngang', kind: 'DISTRICT', era: 'PRE_REFORM', validTo: '2025-07-01' });
    expect(body.data?.units.nodes.map((unit) => unit.name)).toEqual(expect.arrayContaining(['Thị trấn Cầu Ngang', 'Xã Cầu Ngang']));
  });

  test.each([
    ['CẦU NGANG', 'DISTRICT', '848'],
    ['Cầu Ngang', 'DISTRICT', '848'],
    ['  cau   ngang ', 'DISTRICT', '848'],
    ['duyen hai', 'DISTRICT', '850'],
    ['don chau', 'COMMUNE', '29497@2025'],
    ['ĐÔN CHÂU', 'COMMUNE', '29497@2025'],
  ])('search %j ignores case, diacritics (đ too) and spaces: among %s finds %s', async (search, kind, id) => {
    const { body } = await app.graphql<{ units: { nodes: UnitNode[] } }>(
      `query($search: String!, $kind: UnitKind) { units(filter: { search: $search, kind: $kind }) { nodes { id } } }`,
      { search, kind },
    );
    expect(body.data?.units.nodes.map((unit) => unit.id)).toContain(id);
  });

  test('search with a date keeps only units valid that day', async () => {
    const { body } = await app.graphql<{ units: { nodes: UnitNode[] } }>(
      `{ units(filter: { search: "cau ngang", validOn: "2025-08-01" }) { nodes { id name } } }`,
    );
    expect(body.data?.units.nodes).toEqual([{ id: '29416@2025', name: 'Xã Cầu Ngang' }]);
  });

  test('search that matches nothing returns an empty connection', async () => {
    const { body } = await app.graphql<{ units: { totalCount: number; nodes: UnitNode[] } }>(
      `{ units(filter: { search: "khong co don vi nao" }) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(body.data?.units).toEqual({ totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });
});

describe('unit lookups and the tree', () => {
  test('unit by id shows its parent and province in the same era', async () => {
    const { body } = await app.graphql(`{ unit(id: "29416") { name parent { id name } province { id name } } }`);
    expect(body.data).toEqual({
      unit: { name: 'Thị trấn Cầu Ngang', parent: { id: '848', name: 'Huyện Cầu Ngang' }, province: { id: '84', name: 'Tỉnh Trà Vinh' } },
    });
  });

  test('unit with an unknown id is null without an error', async () => {
    const { status, body } = await app.graphql(`{ unit(id: "99999") { name } }`);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { unit: null } });
  });

  test.each([
    ['2024-01-01', '86', 'Tỉnh Vĩnh Long', 'PRE_REFORM'],
    ['2025-07-01', '86@2025', 'Tỉnh Vĩnh Long', 'POST_REFORM'],
    [null, '86@2025', 'Tỉnh Vĩnh Long', 'POST_REFORM'],
  ])('unitByCode "86" on %s is %s, since the new province reused the code', async (validOn, id, name, era) => {
    const { body } = await app.graphql(`query($validOn: LocalDate) { unitByCode(code: "86", validOn: $validOn) { id name era } }`, { validOn });
    expect(body.data).toEqual({ unitByCode: { id, name, era } });
  });

  test('children of Huyện Cầu Ngang are its fifteen communes, in code order, paged with cursors', async () => {
    const query = `query($after: String) { unit(id: "848") { children(first: 10, after: $after) {
      totalCount nodes { code } pageInfo { hasNextPage hasPreviousPage endCursor } } } }`;
    type Children = { unit: { children: { totalCount: number; nodes: { code: string }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string } } } };
    const first = await app.graphql<Children>(query);
    const page1 = first.body.data?.unit.children;
    expect(page1?.totalCount).toBe(15);
    expect(page1?.nodes).toHaveLength(10);
    expect(page1?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await app.graphql<Children>(query, { after: page1?.pageInfo.endCursor });
    const page2 = second.body.data?.unit.children;
    expect(page2?.nodes).toHaveLength(5);
    expect(page2?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const codes = [...(page1?.nodes ?? []), ...(page2?.nodes ?? [])].map((node) => node.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toContain('29416');
    expect(new Set(codes).size).toBe(15);
  });

  test('children of the new Tỉnh Vĩnh Long are communes only, since districts were abolished', async () => {
    const { body } = await app.graphql<{ unit: { children: { totalCount: number; nodes: UnitNode[] } } }>(
      `{ unit(id: "86@2025") { children(first: 100) { totalCount nodes { kind era } } } }`,
    );
    const children = body.data?.unit.children;
    expect(children?.totalCount).toBeGreaterThan(100);
    expect(new Set(children?.nodes.map((node) => `${node.kind} ${node.era}`))).toEqual(new Set(['COMMUNE POST_REFORM']));
  });
});

describe('the 2025 reform', () => {
  test('Huyện Duyên Hải (850) passed partly into five new communes of Vĩnh Long on 2025-07-01', async () => {
    const { body } = await app.graphql<{
      unit: { validTo: string; successors: { totalCount: number; edges: { relation: string; effectiveOn: string; derived: boolean; node: UnitNode & { province: { id: string } } }[] } };
    }>(`{ unit(id: "850") { validTo successors { totalCount edges { relation effectiveOn derived node { id code name kind validTo province { id } } } } } }`);
    const unit = body.data?.unit;
    expect(unit?.validTo).toBe('2025-07-01');
    expect(unit?.successors.totalCount).toBe(5);
    expect(unit?.successors.edges.map((edge) => [edge.node.code, edge.node.name])).toEqual([
      ['29497', 'Xã Đôn Châu'],
      ['29513', 'Xã Long Thành'],
      ['29530', 'Xã Ngũ Lạc'],
      ['29533', 'Xã Long Vĩnh'],
      ['29536', 'Xã Đông Hải'],
    ]);
    for (const edge of unit?.successors.edges ?? []) {
      expect(edge).toMatchObject({ relation: 'PARTIAL', effectiveOn: '2025-07-01', derived: true });
      expect(edge.node).toMatchObject({ kind: 'COMMUNE', validTo: null, province: { id: '86@2025' } });
    }
  });

  test('Tỉnh Trà Vinh (84) passed wholly into Tỉnh Vĩnh Long (86@2025)', async () => {
    const { body } = await app.graphql(`{ unit(id: "84") { name successors { edges { relation node { id name era } } } } }`);
    expect(body.data).toEqual({
      unit: { name: 'Tỉnh Trà Vinh', successors: { edges: [{ relation: 'FULL', node: { id: '86@2025', name: 'Tỉnh Vĩnh Long', era: 'POST_REFORM' } }] } },
    });
  });

  test('the new Tỉnh Vĩnh Long has Bến Tre, Trà Vinh and the old Vĩnh Long as predecessors', async () => {
    const { body } = await app.graphql<{ unit: { predecessors: { edges: { relation: string; node: UnitNode }[] } } }>(
      `{ unit(id: "86@2025") { predecessors { edges { relation node { id name } } } } }`,
    );
    expect(body.data?.unit.predecessors.edges).toEqual([
      { relation: 'FULL', node: { id: '83', name: 'Tỉnh Bến Tre' } },
      { relation: 'FULL', node: { id: '84', name: 'Tỉnh Trà Vinh' } },
      { relation: 'FULL', node: { id: '86', name: 'Tỉnh Vĩnh Long' } },
    ]);
  });

  test('Xã Ngũ Lạc (29530@2025) gathers communes of two old districts, and both districts as partial predecessors', async () => {
    type Edge = { relation: string; node: { id: string; name: string; kind: string; parent: { id: string } } };
    const { body } = await app.graphql<{ unit: { predecessors: { edges: Edge[] } } }>(
      `{ unit(id: "29530@2025") { predecessors { edges { relation node { id name kind parent { id } } } } } }`,
    );
    const edges = body.data?.unit.predecessors.edges ?? [];
    const communes = edges.filter((edge) => edge.node.kind === 'COMMUNE');
    expect(communes.map((edge) => [edge.node.name, edge.node.parent.id])).toEqual([
      ['Xã Thạnh Hòa Sơn', '848'],
      ['Xã Ngũ Lạc', '850'],
    ]);
    const districts = edges.filter((edge) => edge.node.kind === 'DISTRICT');
    expect(districts.map((edge) => [edge.node.id, edge.relation])).toEqual([
      ['848', 'PARTIAL'],
      ['850', 'PARTIAL'],
    ]);
  });
});

describe('batching', () => {
  test.each([1, 10, 100])('a list of %i districts with parent, children and successors takes the same number of SQL statements', async (first) => {
    const query = `query($first: Int!) { units(filter: { kind: DISTRICT }, first: $first) { nodes {
      name parent { name } province { name } children(first: 3) { totalCount nodes { name } }
      successors(first: 3) { edges { relation node { name parent { name } } } } } } }`;
    app.sql.reset();
    const { body } = await app.graphql<{ units: { nodes: unknown[] } }>(query, { first });
    expect(body.errors).toBeUndefined();
    expect(body.data?.units.nodes).toHaveLength(first);
    const statements = app.sql.statements.length;
    app.sql.reset();
    await app.graphql(query, { first: 1 });
    expect(statements).toBe(app.sql.statements.length);
  });
});
