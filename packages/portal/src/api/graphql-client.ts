import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** Runs one typed query against a GraphQL endpoint. */
export type RunQuery = <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables) => Promise<Result>;

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: ReadonlyArray<{ message: string; path?: ReadonlyArray<string | number> }>;
}

/** A query failed: the message names the operation and the API's errors, in Vietnamese and English. */
export class QueryError extends Error {
  constructor(operation: string, detail: string) {
    super(`Truy vấn ${operation} thất bại / Query ${operation} failed: ${detail}`);
    this.name = 'QueryError';
  }
}

function operationName(document: TypedDocumentNode<unknown, unknown>): string {
  for (const definition of document.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return 'anonymous';
}

export interface RateLimitWaits {
  /** Waits the given milliseconds (a timer; tests pass their own). */
  wait?: (ms: number) => Promise<void>;
  /** How many times one query may be answered 429 before the build gives up. */
  maxWaits?: number;
  log?: (line: string) => void;
}

/** Longest single wait for a rate limit: the API's buckets refill within a minute. */
const MAX_RETRY_AFTER_S = 60;

/** Seconds a 429 answer asks to wait (Retry-After in seconds), within 1 and a minute. */
function retryAfterSeconds(response: Response): number {
  const seconds = Number(response.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds >= 1 ? Math.min(Math.ceil(seconds), MAX_RETRY_AFTER_S) : 1;
}

/**
 * A client for the GraphQL over HTTP POST the API speaks; no caching here, the site data module caches.
 * Answered 429 (the API's rate limit), it waits as Retry-After says and asks again, so a build against a shared API
 * is slower rather than broken.
 */
export function graphqlClient(endpoint: string, fetchImpl: typeof fetch = fetch, waits: RateLimitWaits = {}): RunQuery {
  const wait = waits.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxWaits = waits.maxWaits ?? 30;
  return async <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result> => {
    const name = operationName(document as TypedDocumentNode<unknown, unknown>);
    const send = () =>
      fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: print(document), variables, operationName: name }),
      });
    let response = await send();
    for (let waited = 0; response.status === 429 && waited < maxWaits; waited += 1) {
      const seconds = retryAfterSeconds(response);
      await response.body?.cancel();
      waits.log?.(`API: rate limited on ${name}, waiting ${seconds} s`);
      await wait(seconds * 1000);
      response = await send();
    }
    const text = await response.text();
    let body: GraphQLResponse<Result>;
    try {
      body = JSON.parse(text) as GraphQLResponse<Result>;
    } catch {
      throw new QueryError(name, `HTTP ${response.status}: ${text.slice(0, 200)}`);
    }
    if (body.errors?.length) {
      throw new QueryError(name, body.errors.map((e) => `${e.message}${e.path ? ` (${e.path.join('.')})` : ''}`).join('; '));
    }
    if (!response.ok || body.data == null) throw new QueryError(name, `HTTP ${response.status}`);
    return body.data;
  };
}

/** API_URL may name the server ("http://host:4000") or its endpoint ("…/graphql"): both lead to the endpoint. */
export function graphqlEndpoint(apiUrl: string): string {
  const url = new URL(apiUrl);
  if (!url.pathname.replace(/\/+$/, '').endsWith('/graphql')) url.pathname = `${url.pathname.replace(/\/+$/, '')}/graphql`;
  return url.href;
}
