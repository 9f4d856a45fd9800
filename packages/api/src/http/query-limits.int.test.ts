import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { QUERY_LIMITS } from './query-limits.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

/** unit → successors → edges → node → … : each round adds three levels. */
const successorChain = (rounds: number) => `{ unit(id: "848") { ${'successors(first: 1) { edges { node { '.repeat(rounds)}name${' } } }'.repeat(rounds)} } }`;

describe('query limits over HTTP', () => {
  test.each([
    ['depth 8 passes', `{ unit(id: "29416") { parent { parent { ${'children(first: 1) { nodes { '.repeat(2)}name${' } }'.repeat(2)} } } } }`, 200, undefined],
    ['depth 9 is rejected', `{ unit(id: "29416") { parent { parent { ${'children(first: 1) { nodes { '.repeat(3)}name${' } }'.repeat(3)} } } } }`, 400, 'QUERY_TOO_DEEP'],
    ['depth 11 through successors is rejected', successorChain(3), 400, 'QUERY_TOO_DEEP'],
    ['15 aliases pass', `{ ${Array.from({ length: 15 }, (_, i) => `u${i}: unit(id: "848") { name }`).join(' ')} }`, 200, undefined],
    ['16 aliases are rejected', `{ ${Array.from({ length: 16 }, (_, i) => `u${i}: unit(id: "848") { name }`).join(' ')} }`, 400, 'TOO_MANY_ALIASES'],
    ['a costly query is rejected', '{ units(first: 100) { nodes { children(first: 100) { nodes { name } } } } }', 400, 'QUERY_TOO_COSTLY'],
    ['a query over 1,000 tokens is rejected by the parser', `{ unit(id: "848") { ${'name '.repeat(1000)} } }`, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a query over 15,000 characters is rejected before parsing', `{ unit(id: "848") { name } }${' '.repeat(15_000)}`, 400, 'QUERY_TOO_LARGE'],
  ])('%s', async (_name, query, status, code) => {
    const response = await app.graphql(query);
    expect(response.status).toBe(status);
    expect(response.body.errors?.[0]?.extensions?.code).toBe(code);
    if (code !== undefined) expect(response.body.data).toBeUndefined();
  });

  test('a rejected query says which limit and by how much, in Vietnamese and English', async () => {
    const { body } = await app.graphql('{ units(first: 100) { nodes { children(first: 100) { nodes { name } } } } }');
    const error = body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', limit: QUERY_LIMITS.maxCost });
    expect(error?.extensions?.actual).toBeGreaterThan(QUERY_LIMITS.maxCost);
    expect(error?.message).toMatch(/^Chi phí truy vấn \d+, tối đa 5000 .* \/ Query cost \d+, at most 5000/);
  });

  test('the page size a variable gives counts in the cost', async () => {
    const query = 'query($n: Int) { units(first: $n) { nodes { children(first: 60) { nodes { name } } } } }';
    expect((await app.graphql(query, { n: 10 })).status).toBe(200);
    expect((await app.graphql(query, { n: 100 })).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  });

  test('the standard introspection query fits the limits in development', async () => {
    const { status, body } = await app.graphql<{ __schema: { queryType: { name: string } } }>(getIntrospectionQuery());
    expect(status).toBe(200);
    expect(body.data?.__schema.queryType.name).toBe('Query');
  });
});
