import { MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Pool, PoolClient } from 'pg';
import { inject } from 'vitest';
import { createDatabase, cutOffDatabase, databaseUrl, dropDatabase } from '../database/database-admin.js';
import { ormConfig } from '../database/orm-config.js';
import { createLogger } from '../logger.js';
import { createSchema } from '../schema.js';
import type { ResponseCacheOptions } from '../http/response-cache.js';
import { startServer } from '../server.js';

/** A GraphQL response as the client saw it. */
export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: Data | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
  };
}

export interface TestAppOptions {
  /** Serve as in production: no introspection, no suggestions, no explorer page. */
  production?: boolean;
  /** Resolvers added to the schema for this app only (for tests of the HTTP layer). */
  extraResolvers?: Function[];
  /** A built portal folder to serve at / (PORTAL_DIST). */
  portalDist?: string;
  /** Query cost each caller may spend per minute; 0 (the default in tests) turns rate limiting off. */
  rateLimitCostPerMinute?: number;
  /** Express's "trust proxy" setting (TRUST_PROXY). */
  trustProxy?: boolean | number | string;
  /** Caching of anonymous answers; off unless a test asks for it, so tests that count statements see every request reach the database. */
  responseCache?: ResponseCacheOptions | false;
}

/** The API on a real HTTP port over a database of its own, copied from the seeded template. */
export interface TestApp {
  url: string;
  orm: MikroORM;
  /** POSTs a query as JSON and parses the JSON answer. */
  graphql<Data = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<Data>>;
  /** Plain fetch against the server. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /** Every SQL statement the API's connection pool sent, in order; `reset()` clears the list. */
  sql: { statements: string[]; reset(): void };
  /** Log lines the server wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Makes the app's database refuse connections and ends the open ones, as an outage would. */
  cutOffDatabase(): Promise<void>;
  close(): Promise<void>;
}

/** Counts every statement at the driver, so queries sent by MikroORM and by Kysely alike are seen. */
function recordStatements(statements: string[]) {
  return (pool: Pool) => {
    pool.on('connect', (client: PoolClient) => {
      const query = client.query.bind(client) as (...args: unknown[]) => unknown;
      (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
        const [first] = args;
        statements.push(typeof first === 'string' ? first : String((first as { text?: string }).text));
        return query(...args);
      };
    });
  };
}

/**
 * Starts the API for a test file: a database copied from the template (CREATE DATABASE … TEMPLATE),
 * the ORM, and the HTTP server on an ephemeral port. Call close() in afterAll.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const { serverUrl, template } = inject('postgres');
  const name = `test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await createDatabase(serverUrl, name, template);
  const statements: string[] = [];
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const orm = await MikroORM.init(
    ormConfig(databaseUrl(serverUrl, name), { driverOptions: { statement_timeout: 5000, onPoolCreated: recordStatements(statements) } }),
  );
  const server = await startServer({
    orm,
    schema: await createSchema(options.extraResolvers),
    logger: createLogger('info', sink),
    production: options.production ?? false,
    corsOrigins: true,
    port: 0,
    host: '127.0.0.1',
    portalDist: options.portalDist,
    rateLimitCostPerMinute: options.rateLimitCostPerMinute ?? 0,
    trustProxy: options.trustProxy ?? false,
    responseCache: options.responseCache ?? false,
  });
  const fetchPath = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);
  return {
    url: server.url,
    orm,
    fetch: fetchPath,
    async graphql<Data>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetchPath('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse<Data>['body'] };
    },
    sql: { statements, reset: () => void statements.splice(0) },
    logs,
    cutOffDatabase: () => cutOffDatabase(serverUrl, name),
    async close() {
      await server.close();
      await orm.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
