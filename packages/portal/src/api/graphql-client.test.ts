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

describe('graphqlClient under the API’s rate limit', () => {
  /** Answers 429 with the given Retry-After values, then the data. */
  function limitedFetch(retryAfter: Array<string | null>) {
    let calls = 0;
    const impl = (async () => {
      const header = retryAfter[calls];
      calls += 1;
      if (calls <= retryAfter.length) {
        const body = { errors: [{ message: 'Bạn đã dùng hết hạn mức / You have used up your query cost', extensions: { code: 'RATE_LIMITED' } }] };
        return new Response(JSON.stringify(body), { status: 429, headers: header === null ? {} : { 'retry-after': header } });
      }
      return new Response(JSON.stringify({ data: { unit: { name: 'Huyện Cầu Ngang' } } }), { status: 200 });
    }) as unknown as typeof fetch;
    return { fetch: impl, calls: () => calls };
  }

  it('waits as Retry-After says and asks again', async () => {
    const waited: number[] = [];
    const { fetch, calls } = limitedFetch(['3', '1']);
    const result = await graphqlClient('http://api/graphql', fetch, { wait: async (ms) => void waited.push(ms) })(document, { code: '848' });
    expect(result.unit.name).toBe('Huyện Cầu Ngang');
    expect(waited).toEqual([3000, 1000]);
    expect(calls()).toBe(3);
  });

  it.each([
    [null, 1000],
    ['0', 1000],
    ['soon', 1000],
    ['2.5', 3000],
    ['600', 60_000],
  ])('reads Retry-After %j as a wait of %i ms', async (header, ms) => {
    const waited: number[] = [];
    await graphqlClient('http://api/graphql', limitedFetch([header]).fetch, { wait: async (wait) => void waited.push(wait) })(document, { code: '848' });
    expect(waited).toEqual([ms]);
  });

  it('gives up after its waits with the API’s message', async () => {
    const { fetch, calls } = limitedFetch(['1', '1', '1']);
    await expect(graphqlClient('http://api/graphql', fetch, { wait: async () => undefined, maxWaits: 2 })(document, { code: '848' })).rejects.toThrow(
      /Query UnitName failed: Bạn đã dùng hết hạn mức/,
    );
    expect(calls()).toBe(3);
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
