import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { pino } from 'pino';
import { ormConfig } from '../../dist/database/orm-config.js';
import { createLogger } from '../../dist/logger.js';
import { createSchema } from '../../dist/schema.js';
import { startServer, type RunningServer } from '../../dist/server.js';
import { openBenchDatabase, type BenchDatabase } from '../dataset/bench-database.ts';
import { loadedMarker } from '../dataset/load-dataset.ts';
import { recordStatements, type RecordedStatement } from './statement-recorder.ts';

/** The loaded benchmark database with our API served from this process, statements recorded, and a pool for raw SQL. */
export interface BenchContext {
  database: BenchDatabase;
  orm: MikroORM;
  server: RunningServer;
  /** Our API as deployed: anonymous answers cached in the process until the next publication. */
  graphqlUrl: string;
  /** The same API with the response cache off: every request computes its answer. */
  uncachedGraphqlUrl: string;
  /** Raw SQL runs through its own pool, as an analyst's script would. */
  pool: pg.Pool;
  statements: RecordedStatement[];
  hasProvinceScorecard: boolean;
  close(): Promise<void>;
}

/** The dataset marker, or a clear failure when the national dataset has not been loaded yet. */
export async function requireDataset(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const marker = await loadedMarker(client).finally(() => client.end());
  if (!marker?.startsWith('synthetic benchmark dataset')) {
    throw new Error('Chưa nạp bộ dữ liệu quốc gia: chạy bench/load-national.ts trước / The national dataset is not loaded: run bench/load-national.ts first');
  }
  return marker;
}

export async function openBenchContext(): Promise<BenchContext> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const database = await openBenchDatabase(logger);
  await requireDataset(database.url);
  const statements: RecordedStatement[] = [];
  const orm = await MikroORM.init(ormConfig(database.url, { driverOptions: { statement_timeout: 30_000, onPoolCreated: recordStatements(statements) } }));
  const schema = await createSchema();
  const options = { orm, schema, logger: pino({ level: 'silent' }), production: true, corsOrigins: true as const, port: 0, host: '127.0.0.1', rateLimitCostPerMinute: 0 };
  const server = await startServer(options);
  const uncached = await startServer({ ...options, responseCache: false });
  const pool = new pg.Pool({ connectionString: database.url, max: 4 });
  return {
    database,
    orm,
    server,
    graphqlUrl: `${server.url}/graphql`,
    uncachedGraphqlUrl: `${uncached.url}/graphql`,
    pool,
    statements,
    hasProvinceScorecard: schema.getQueryType()?.getFields().provinceScorecard !== undefined,
    async close() {
      await server.close();
      await uncached.close();
      await orm.close();
      await pool.end();
      await database.stop();
    },
  };
}
