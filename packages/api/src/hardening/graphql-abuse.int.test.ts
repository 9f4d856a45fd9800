import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestTokens } from '../auth/test-accounts.js';
import { createTestApp, type TestApp } from '../test/test-app.js';
import { BILINGUAL } from './bilingual.js';

/**
 * Abusive GraphQL requests against the production server: each is refused with a Vietnamese and English message
 * before any SQL statement is sent.
 */
let production: TestApp;
let development: TestApp;
let token: Record<string, string>;
beforeAll(async () => {
  [production, development] = await Promise.all([createTestApp({ production: true }), createTestApp()]);
  token = (await createTestTokens(production.orm)).duyenHai;
});
afterAll(async () => {
  await Promise.all([production.close(), development.close()]);
});

const nested = (rounds: number) => `{ unit(id: "848") { ${'successors(first: 1) { edges { node { '.repeat(rounds)}name${' } } }'.repeat(rounds)} } }`;
const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `u${i}: unit(id: "848") { name }`).join(' ')} }`;
const directives = (count: number) => `{ unit(id: "848") { ${'name @include(if: true) '.repeat(count)}} }`;
const CYCLE = '{ unit(id: "848") { ...Up } } fragment Up on Unit { parent { ...Down } } fragment Down on Unit { children(first: 1) { nodes { ...Up } } }';
const SELF_CYCLE = '{ unit(id: "848") { ...Me } } fragment Me on Unit { name ...Me }';

interface Abuse {
  name: string;
  body: string;
  status: number;
  code: string;
  message: RegExp;
}

const json = (query: string, variables?: unknown) => JSON.stringify({ query, variables });

const ABUSES: Abuse[] = [
  { name: 'a query nested 11 levels deep', body: json(nested(3)), status: 400, code: 'QUERY_TOO_DEEP', message: /lồng 11 cấp.*nested 11 levels/ },
  { name: 'a query nested 62 levels deep', body: json(nested(20)), status: 400, code: 'QUERY_TOO_DEEP', message: /lồng 62 cấp/ },
  { name: 'a costly query (100 × 100 units)', body: json('{ units(first: 100) { nodes { children(first: 100) { nodes { name } } } } }'), status: 400, code: 'QUERY_TOO_COSTLY', message: /Chi phí truy vấn \d+.*Query cost/ },
  { name: 'a costly query through a variable', body: json('query ($n: Int) { units(first: $n) { nodes { children(first: 100) { nodes { name } } } } }', { n: 100 }), status: 400, code: 'QUERY_TOO_COSTLY', message: /tối đa 5000/ },
  { name: '16 aliases', body: json(aliases(16)), status: 400, code: 'TOO_MANY_ALIASES', message: /16 bí danh.*16 aliases/ },
  { name: '60 aliases', body: json(aliases(60)), status: 400, code: 'TOO_MANY_ALIASES', message: /60 bí danh/ },
  { name: '11 directives', body: json(directives(11)), status: 400, code: 'TOO_MANY_DIRECTIVES', message: /11 chỉ thị.*11 directives/ },
  { name: '200 directives', body: json(directives(200)), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /hơn 1000 ký hiệu.*more tha[nt] 1000 tokens/ },
  { name: 'a batch of 2 operations', body: JSON.stringify([{ query: '{ plans { totalCount } }' }, { query: '{ plans { totalCount } }' }]), status: 400, code: 'BAD_REQUEST', message: /batching/ },
  { name: 'a batch of 500 operations', body: JSON.stringify(Array.from({ length: 500 }, () => ({ query: '{ plans { totalCount } }' }))), status: 400, code: 'BAD_REQUEST', message: /batching/ },
  { name: 'a document over 1,000 tokens', body: json(`{ unit(id: "848") { ${'name '.repeat(1200)}} }`), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /hơn 1000 ký hiệu/ },
  { name: 'a document over 15,000 characters', body: json(`{ unit(id: "848") { name } } # ${'x'.repeat(20_000)}`), status: 400, code: 'QUERY_TOO_LARGE', message: /tối đa 15000.*at most 15000/ },
  { name: 'a body over 100 kB', body: json('{ plans { totalCount } }', { padding: 'x'.repeat(110_000) }), status: 413, code: 'PAYLOAD_TOO_LARGE', message: /vượt quá 100 kB.*exceeds 100 kB/ },
  { name: 'a fragment cycle through two fragments', body: json(CYCLE), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Mảnh «Up» tự lồng.*Cannot spread fragment "Up"/ },
  { name: 'a fragment spreading itself', body: json(SELF_CYCLE), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /Mảnh «Me» tự lồng/ },
  { name: 'introspection in production', body: json('{ __schema { types { name fields { name } } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /introspection/ },
  { name: 'a __type probe in production', body: json('{ __type(name: "Observation") { fields { name } } }'), status: 400, code: 'GRAPHQL_VALIDATION_FAILED', message: /introspection/ },
  { name: 'a syntax error', body: json('{ unit(id: "848") { name }'), status: 400, code: 'GRAPHQL_PARSE_FAILED', message: /sai cú pháp GraphQL.*Syntax Error/ },
  { name: 'JSON that is not JSON', body: '{"query": "{ plans { totalCount } }"', status: 400, code: 'BAD_REQUEST', message: /không phải JSON hợp lệ.*not valid JSON/ },
];

async function post(app: TestApp, body: string, headers: Record<string, string> = {}) {
  const response = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('abusive GraphQL requests in production', () => {
  test.each(ABUSES)('$name is refused with $code before reaching the database', async ({ body, status, code, message }) => {
    production.sql.reset();
    const response = await post(production, body);
    expect(production.sql.statements).toEqual([]);
    expect(response.status).toBe(status);
    expect(response.body.data).toBeUndefined();
    const error = response.body.errors?.[0];
    expect(error?.extensions?.code).toBe(code);
    expect(error?.message).toMatch(BILINGUAL);
    expect(error?.message).toMatch(message);
  });

  test('with a token, an abusive query sends only the statement that looks the token up', async () => {
    production.sql.reset();
    const response = await post(production, json(aliases(40)), token);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect(production.sql.statements).toHaveLength(1);
    expect(production.sql.statements[0]).toMatch(/from api_token/);
  });

  test('"did you mean" suggestions are off in production and on in development, both in Vietnamese and English', async () => {
    const query = json('{ plans { totlCount } }');
    const [prod, dev] = await Promise.all([post(production, query), post(development, query)]);
    expect(prod.body.errors?.[0]?.message).toMatch(BILINGUAL);
    expect(prod.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean "totalCount"/);
    expect(dev.body.errors?.[0]?.message).toMatch(/^Không có trường «totlCount» \//);
  });

  test('introspection is answered in development, without a statement to the database', async () => {
    development.sql.reset();
    const response = await post(development, json('{ __type(name: "Observation") { name } }'));
    expect(response.body).toEqual({ data: { __type: { name: 'Observation' } } });
    expect(development.sql.statements).toEqual([]);
  });

  test('an abusive query sent by GET is refused like one sent by POST', async () => {
    production.sql.reset();
    const response = await production.fetch(`/graphql?query=${encodeURIComponent(nested(3))}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('QUERY_TOO_DEEP');
    expect(production.sql.statements).toEqual([]);
  });
});
