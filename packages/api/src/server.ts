import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import cors from 'cors';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import { sql } from 'kysely';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinoHttp } from 'pino-http';
import { createContext } from './context.js';
import { replicaRoutingPlugin } from './database/replica-routing-plugin.js';
import type { Context } from './context.js';
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, databaseUnavailablePlugin, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './http/database-unavailable.js';
import { errorLoggingPlugin, INTERNAL_ERROR_MESSAGE, maskError } from './http/error-masking.js';
import { EXPLORER_PAGE } from './http/explorer-page.js';
import { mountPortalSite } from './http/portal-site.js';
import { QUERY_LIMITS, queryLimitsPlugin } from './http/query-limits.js';
import { createRateLimiter, rateLimitedError } from './http/rate-limit.js';
import { requestId } from './http/request-id.js';
import { DEFAULT_RESPONSE_CACHE, responseCache, type ResponseCacheOptions } from './http/response-cache.js';
import { securityHeaders, setPageContentSecurityPolicy } from './http/security-headers.js';
import { createTokenGuessLimiter, tokenGuessGuard } from './auth/token-guess-limiter.js';
import { withVietnamese } from './hardening/bilingual-errors.js';
import { rejectNullBytes } from './hardening/reject-null-bytes.js';
import { backgroundTasks, httpRoutes } from './modules.js';
import type { Logger } from './logger.js';

export interface ServerOptions {
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  /** Turns off introspection, "did you mean" suggestions and the explorer page. */
  production: boolean;
  corsOrigins: string[] | true;
  port: number;
  host?: string;
  /** A built portal (packages/portal/dist) to serve at / beside the API. */
  portalDist?: string;
  /** Query cost each caller (token, else address) may spend per minute; 0 turns rate limiting off. */
  rateLimitCostPerMinute: number;
  /** Express's "trust proxy": which proxies may name the client's address in X-Forwarded-For; false trusts none. */
  trustProxy?: boolean | number | string;
  /** Caching of anonymous query answers in this process (see http/response-cache.ts); false turns it off. */
  responseCache?: ResponseCacheOptions | false;
}

/** A running API server. */
export interface RunningServer {
  url: string;
  port: number;
  httpServer: Server;
  /** Stops accepting requests, waits for those in flight and stops background work (the ORM and database are the caller's). */
  close(): Promise<void>;
}

const JSON_BODY_LIMIT = '100kb';
const READINESS_TIMEOUT_MS = 2000;
/**
 * On shutdown the server keeps listening this long, answering /readyz 503, before it stops accepting: requests whose
 * connection was accepted while the event loop was busy are read and then finish, instead of being cut as idle.
 */
const SHUTDOWN_LINGER_MS = 250;

/** Resolves when the database answers a trivial query within the readiness timeout. */
async function databaseAnswers(orm: MikroORM): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(orm.em.fork().getKysely<unknown>()), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Rejects over-long query texts before they are parsed. */
const queryLengthGuard: RequestHandler = (req, res, next) => {
  const query: unknown = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && query.length > QUERY_LIMITS.maxCharacters) {
    res.status(400).json({
      errors: [
        {
          message: `Truy vấn dài ${query.length} ký tự, tối đa ${QUERY_LIMITS.maxCharacters} / Query is ${query.length} characters long, at most ${QUERY_LIMITS.maxCharacters}`,
          extensions: { code: 'QUERY_TOO_LARGE', limit: QUERY_LIMITS.maxCharacters, actual: query.length },
        },
      ],
    });
    return;
  }
  next();
};

/** A body size limit in bytes as people write it: "100 kB", "20 MB". */
function bodyLimitText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} kB`;
}

/** Body-parser and other middleware errors, answered in the GraphQL error shape. */
const errorHandler: ErrorRequestHandler = (error: { status?: number; type?: string; limit?: number }, req, res, _next) => {
  const status = typeof error.status === 'number' ? error.status : 500;
  if (isDatabaseUnavailable(error)) {
    req.log.warn({ err: error }, 'database unavailable');
    res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ errors: [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: DATABASE_UNAVAILABLE_CODE } }] });
    return;
  }
  if (status >= 500) {
    req.log.error({ err: error }, 'internal error outside GraphQL');
    res.status(500).json({ errors: [{ message: INTERNAL_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    return;
  }
  const tooLarge = status === 413;
  // The route's own limit (20 MB for imports, 100 kB for GraphQL), as the body parser reports it.
  const limit = typeof error.limit === 'number' ? bodyLimitText(error.limit) : JSON_BODY_LIMIT;
  res.status(status).json({
    errors: [
      {
        message: tooLarge
          ? `Nội dung yêu cầu vượt quá ${limit} / Request body exceeds ${limit}`
          : 'Nội dung yêu cầu không phải JSON hợp lệ / Request body is not valid JSON',
        extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST' },
      },
    ],
  });
};

/**
 * Starts the HTTP server: GraphQL at /graphql (GraphQL over HTTP: POST and GET, CSRF prevention, no batching),
 * /healthz and /readyz, and in development an offline explorer page at /explorer.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { orm, schema, logger, production } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  const httpServer = createServer(app);
  httpServer.requestTimeout = 15_000;
  httpServer.headersTimeout = 10_000;

  const { rateLimitCostPerMinute } = options;
  const rateLimiter = rateLimitCostPerMinute > 0 ? createRateLimiter(rateLimitCostPerMinute) : null;
  const chargeCost = (cost: number, context: Context) => {
    const result = rateLimiter?.charge(context.callerKey, cost);
    if (result && !result.allowed) throw rateLimitedError(result.retryAfterSeconds, rateLimitCostPerMinute);
  };

  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    // main.ts orders shutdown (HTTP, ORM, then PostgreSQL); Apollo's own signal handler would re-raise the signal.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: (formatted, error) => withVietnamese(maskError(formatted, error)),
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Cache hints are unused (see http/response-cache.ts) and Apollo's hint collector wraps every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin<Context>(chargeCost),
      errorLoggingPlugin<Context>(logger),
      databaseUnavailablePlugin<Context>(),
      replicaRoutingPlugin(),
    ],
  });
  await apollo.start();

  app.use(pinoHttp({ logger, genReqId: requestId, customAttributeKeys: { reqId: 'requestId' } }));
  app.use(securityHeaders({ production }), tokenGuessGuard(createTokenGuessLimiter()), rejectNullBytes);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let draining = false;
  app.get('/readyz', async (req, res) => {
    if (draining) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await databaseAnswers(orm);
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable' });
    }
  });
  if (!production) {
    app.get('/explorer', (_req, res) => {
      setPageContentSecurityPolicy(res, EXPLORER_PAGE);
      res.type('html').send(EXPLORER_PAGE);
    });
  }
  for (const mount of httpRoutes) mount(app, { orm });
  app.use(
    '/graphql',
    cors({
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'accept', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'x-cache'],
      maxAge: 600,
    }),
    express.json({ limit: JSON_BODY_LIMIT }),
    rejectNullBytes,
    queryLengthGuard,
    responseCache(orm, options.responseCache ?? DEFAULT_RESPONSE_CACHE),
    expressMiddleware(apollo, { context: createContext(orm) }),
  );
  if (options.portalDist) mountPortalSite(app, options.portalDist);
  app.use((_req, res) => {
    res.status(404).json({ errors: [{ message: 'Không có đường dẫn này / Not found', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.use(errorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const stopBackgroundTasks = backgroundTasks.map((start) => start({ orm, logger }));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    port,
    httpServer,
    async close() {
      draining = true;
      await new Promise((resolve) => setTimeout(resolve, SHUTDOWN_LINGER_MS));
      await apollo.stop();
      await Promise.all(stopBackgroundTasks.map((stop) => stop()));
    },
  };
}
