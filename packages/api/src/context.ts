import type { ExpressContextFunctionArgument } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Kysely } from 'kysely';
import { authenticate } from './auth/authenticate.js';
import { databaseUnavailableError, isDatabaseUnavailable } from './http/database-unavailable.js';
import type { Principal } from './auth/principal.js';
import { rateLimitKey } from './http/rate-limit.js';
import type { Logger } from './logger.js';
import { loaderFactories } from './modules.js';

/** What a loader factory gets: the request's EntityManager fork and its Kysely handle for hand-written SQL. */
export interface LoaderDeps {
  em: EntityManager;
  db: Kysely<unknown>;
}

/** One set of DataLoaders per request, one entry per feature in modules.ts. */
export type Loaders = { [Feature in keyof typeof loaderFactories]: ReturnType<(typeof loaderFactories)[Feature]> };

/** The GraphQL context of one request. */
export interface Context extends LoaderDeps {
  loaders: Loaders;
  log: Logger;
  requestId: string;
  /** Who is calling: anonymous, or the account of the request's bearer token. */
  principal: Principal;
  /** Whose rate-limit bucket the request draws on: the token's hash, or the client's address without a token. */
  callerKey: string;
}

/** A fresh set of every feature's loaders. */
export function createLoaders(deps: LoaderDeps): Loaders {
  return Object.fromEntries(Object.entries(loaderFactories).map(([feature, create]) => [feature, create(deps)])) as Loaders;
}

/** Builds each request's context: an EntityManager fork (its own identity map) and loaders bound to it. */
export function createContext(orm: MikroORM) {
  return async ({ req }: ExpressContextFunctionArgument): Promise<Context> => {
    const em = orm.em.fork();
    const db = em.getKysely<unknown>();
    const principal = await authenticate(db, req.headers.authorization).catch((caught: unknown) => {
      throw isDatabaseUnavailable(caught) ? databaseUnavailableError(caught) : caught;
    });
    return { em, db, loaders: createLoaders({ em, db }), log: req.log, requestId: String(req.id), principal, callerKey: rateLimitKey(req) };
  };
}
