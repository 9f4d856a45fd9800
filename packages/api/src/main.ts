import { MikroORM } from '@mikro-orm/postgresql';
import { readConfig } from './config.js';
import { createDatabase } from './database/database-admin.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './database/embedded-postgres.js';
import { ormConfig, readReplicas } from './database/orm-config.js';
import { prepareDatabase, warnOfPendingMigrations, type PreparedDatabase } from './database/prepare-database.js';
import { DEFAULT_RESPONSE_CACHE, REPLICA_RESPONSE_MAX_AGE_MS } from './http/response-cache.js';
import { createLogger } from './logger.js';
import { createSchema } from './schema.js';
import { startServer, type RunningServer } from './server.js';

/** The database of the embedded server. */
const EMBEDDED_DATABASE = 'edu_vn';
/** PostgreSQL cancels any API statement running longer than this. */
const STATEMENT_TIMEOUT_MS = 5000;
/** A request waits at most this long for a database connection (a server that hangs instead of refusing). */
const CONNECT_TIMEOUT_MS = 5000;

const config = readConfig();
const logger = createLogger(config.logLevel);

/** What is running so far; shutdown stops whatever exists, even midway through start-up. */
const running: { embedded?: EmbeddedPostgres; orm?: MikroORM; server?: RunningServer } = {};
let stopping = false;

/** Stops in order: HTTP (in-flight requests finish), the ORM's pool, then the embedded server. */
async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    logger.warn({ signal }, 'second signal: exiting at once');
    process.exit(1);
  }
  stopping = true;
  logger.info({ signal }, 'shutting down');
  try {
    await running.server?.close();
    await running.orm?.close();
    await running.embedded?.stop();
    logger.info('stopped');
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

async function start(): Promise<void> {
  let url = config.databaseUrl;
  if (url === undefined) {
    running.embedded = await startEmbeddedPostgres({ dataDir: config.embeddedDataDir, logger });
    await createDatabase(running.embedded.url('postgres'), EMBEDDED_DATABASE);
    url = running.embedded.url(EMBEDDED_DATABASE);
  }
  const prepared: PreparedDatabase | null = config.migrateOnStart ? await prepareDatabase(url, logger) : null;
  running.orm = await MikroORM.init(
    ormConfig(url, { driverOptions: { statement_timeout: STATEMENT_TIMEOUT_MS, connectionTimeoutMillis: CONNECT_TIMEOUT_MS }, replicas: readReplicas(config.databaseReadUrls) }),
  );
  if (prepared === null) await warnOfPendingMigrations(running.orm, logger);
  running.server = await startServer({
    orm: running.orm,
    schema: await createSchema(),
    logger,
    production: config.production,
    corsOrigins: config.corsOrigins,
    port: config.port,
    host: config.host,
    portalDist: config.portalDist,
    rateLimitCostPerMinute: config.rateLimitCostPerMinute,
    trustProxy: config.trustProxy,
    responseCache:
      config.databaseReadUrls.length > 0 ? { ...DEFAULT_RESPONSE_CACHE, maxAgeMs: REPLICA_RESPONSE_MAX_AGE_MS } : DEFAULT_RESPONSE_CACHE,
  });

  // performance.now() counts from the start of the process, module loading included.
  const startMs = Math.round(performance.now());
  const { url: base } = running.server;
  logger.info({ url: base, startMs, seedMs: Math.round(prepared?.seedMs ?? 0), embedded: running.embedded !== undefined, readReplicas: config.databaseReadUrls.length }, 'API listening');
  const lines = [
    ...(config.portalDist ? [`Portal:   ${base}/   (English: ${base}/en/)`] : []),
    `GraphQL:  ${base}/graphql`,
    ...(config.production ? [] : [`Explorer: ${base}/explorer`]),
    `Health:   ${base}/healthz   ${base}/readyz`,
    running.embedded
      ? `PostgreSQL (embedded, data in ${config.embeddedDataDir}): ${running.embedded.url(EMBEDDED_DATABASE)}`
      : `PostgreSQL: DATABASE_URL${config.databaseReadUrls.length > 0 ? ` (anonymous queries: ${config.databaseReadUrls.length} read replica URL(s))` : ''}`,
    `Started in ${startMs} ms${prepared?.seeded ? ` (seeded in ${Math.round(prepared.seedMs)} ms)` : ''}. Ctrl-C to stop.`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}

start().catch(async (error: unknown) => {
  if (stopping) return;
  logger.fatal({ err: error }, 'start-up failed');
  stopping = true;
  await running.orm?.close().catch(() => undefined);
  await running.embedded?.stop().catch(() => undefined);
  process.exit(1);
});
