import { Mutation, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

/** A schema with a mutation, so the HTTP layer's handling of mutations over GET can be observed. */
@Resolver()
class MutationProbeResolver {
  @Mutation(() => Boolean, { description: 'Probe.' })
  probeMutation(): boolean {
    return true;
  }

  @Query(() => Boolean, { description: 'Probe.' })
  probeQuery(): boolean {
    return true;
  }
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ extraResolvers: [MutationProbeResolver] });
});
afterAll(() => app.close());

const QUERY = '{ unit(id: "848") { name } }';
const post = (body: string, headers: Record<string, string> = {}) =>
  app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const get = (params: Record<string, string>, headers: Record<string, string> = { 'apollo-require-preflight': 'true' }) =>
  app.fetch(`/graphql?${new URLSearchParams(params)}`, { headers });

describe('GraphQL over HTTP', () => {
  test.each([
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json, application/json;q=0.9', 'application/graphql-response+json'],
  ])('POST with Accept %s answers 200 as %s', async (accept, mediaType) => {
    const response = await post(JSON.stringify({ query: QUERY }), { accept });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(new RegExp(`^${mediaType.replace('+', '\\+')}`));
    expect(await response.json()).toEqual({ data: { unit: { name: 'Huyện Cầu Ngang' } } });
  });

  test('GET runs a query given in the URL, with variables and an operation name', async () => {
    const response = await get({ query: 'query One($id: ID!) { unit(id: $id) { name } }', variables: JSON.stringify({ id: '850' }), operationName: 'One' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { unit: { name: 'Huyện Duyên Hải' } } });
  });

  test('GET without a preflight-forcing header is blocked as a possible CSRF', async () => {
    const response = await get({ query: QUERY }, {});
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  test('POST as text/plain (a simple, CSRF-able request) is refused', async () => {
    const response = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(400);
  });

  test('a mutation over GET is 405 with Allow: POST', async () => {
    const response = await get({ query: 'mutation { probeMutation }' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  test('the same mutation over POST runs', async () => {
    const response = await post(JSON.stringify({ query: 'mutation { probeMutation }' }));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { probeMutation: true } });
  });

  test.each([
    ['a syntax error', 'GRAPHQL_PARSE_FAILED', { query: '{ unit(id: "848") { name }' }],
    ['an unknown field', 'GRAPHQL_VALIDATION_FAILED', { query: '{ unit(id: "848") { nope } }' }],
    ['a variable of the wrong type', 'BAD_USER_INPUT', { query: 'query($id: ID!) { unit(id: $id) { name } }', variables: { id: { not: 'an id' } } }],
    ['an invalid date', 'BAD_USER_INPUT', { query: 'query($d: LocalDate) { unitByCode(code: "86", validOn: $d) { id } }', variables: { d: '2025-13-45' } }],
    ['no query', 'BAD_REQUEST', { variables: {} }],
  ])('%s is 400 with code %s and no data', async (_name, code, body) => {
    const response = await post(JSON.stringify(body), { accept: 'application/graphql-response+json' });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(json.data).toBeUndefined();
    expect(json.errors[0]?.extensions.code).toBe(code);
  });

  test('a batch (a JSON array of operations) is refused: batching is off', async () => {
    const response = await post(JSON.stringify([{ query: QUERY }, { query: QUERY }]));
    expect(response.status).toBe(400);
  });

  test('a body over 100 kB is 413', async () => {
    const response = await post(JSON.stringify({ query: QUERY, variables: { padding: 'x'.repeat(101 * 1024) } }));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  test('a body that is not JSON is 400', async () => {
    const response = await post('{ "query": ');
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  test('a method other than GET and POST is 405', async () => {
    const response = await app.fetch('/graphql', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(response.status).toBe(405);
  });

  test('CORS preflight allows the GraphQL headers and exposes the request id', async () => {
    const response = await app.fetch('/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('https://example.org');
    expect(response.headers.get('access-control-allow-headers')).toMatch(/content-type/);
  });

  test('the caller’s x-request-id is echoed and logged with the request', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'x-request-id': 'so-gd-84.pull:42' });
    expect(response.headers.get('x-request-id')).toBe('so-gd-84.pull:42');
    expect(app.logs.some((line) => (line.req as { id?: string } | undefined)?.id === 'so-gd-84.pull:42')).toBe(true);
  });

  test('an x-request-id that could spoil the logs is replaced by a fresh id', async () => {
    const response = await post(JSON.stringify({ query: QUERY }), { 'x-request-id': 'two words {"level":60}' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('unknown paths are 404 in the GraphQL error shape', async () => {
    const response = await app.fetch('/nope');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });
});
