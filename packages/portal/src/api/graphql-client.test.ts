import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphqlClient, graphqlEndpoint, QueryError } from './graphql-client.js';

const document = parse('query UnitName($code: String!) { unit(code: $code) { name } }') as TypedDocumentNode<{ unit: { name: string } }, { code: string }>;

function fakeFetch(status: number, body: unknown): { fetch: typeof fetch; calls: Array<{ url: string; init: RequestInit | undefined }> } {
  const calls: Array<{ url: string; init: RequestInit | undefined }> = [];
  const impl = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
  }) as unknown as typeof fetch;
  return { fetch: impl, calls };
}

describe('graphqlClient', () => {
  it('posts the query text, its variables and operation name as JSON', async () => {
    const { fetch, calls } = fakeFetch(200, { data: { unit: { name: 'Huyện Cầu Ngang' } } });
    const result = await graphqlClient('http://api/graphql', fetch)(document, { code: '848' });
    expect(result.unit.name).toBe('Huyện Cầu Ngang');
    const body = JSON.parse(String(calls[0]?.init?.body)) as { query: string; variables: unknown; operationName: string };
    expect(body.operationName).toBe('UnitName');
    expect(body.variables).toEqual({ code: '848' });
    expect(body.query).toContain('unit(code: $code)');
  });

  it('fails with the API errors named in both languages', async () => {
    const { fetch } = fakeFetch(200, { data: null, errors: [{ message: 'Unknown unit', path: ['unit'] }] });
    await expect(graphqlClient('http://api/graphql', fetch)(document, { code: 'x' })).rejects.toThrow(
      new QueryError('UnitName', 'Unknown unit (unit)'),
    );
  });

  it('fails on a response that is not JSON, quoting its status', async () => {
    const { fetch } = fakeFetch(502, 'Bad gateway');
    await expect(graphqlClient('http://api/graphql', fetch)(document, { code: 'x' })).rejects.toThrow(/HTTP 502/);
  });
});

describe('graphqlEndpoint', () => {
  it.each([
    ['http://127.0.0.1:4000', 'http://127.0.0.1:4000/graphql'],
    ['http://127.0.0.1:4000/', 'http://127.0.0.1:4000/graphql'],
    ['https://api.example.vn/graphql', 'https://api.example.vn/graphql'],
    ['https://example.vn/api/', 'https://example.vn/api/graphql'],
  ])('turns %s into %s', (given, endpoint) => {
    expect(graphqlEndpoint(given)).toBe(endpoint);
  });
});
