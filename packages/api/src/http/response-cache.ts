import type { MikroORM } from '@mikro-orm/postgresql';
import type { RequestHandler, Response } from 'express';
import { getOperationAST, parse, stripIgnoredCharacters } from 'graphql';
import { LRUCache } from 'lru-cache';
import { readPublicationVersion } from '../publication/bump-publication-version.js';
import { createResponseStore } from './response-cache-store.js';

export interface ResponseCacheOptions {
  /** Bound on the bytes of answers kept in this process. */
  maxBytes: number;
  /**
   * How long an answer may be served at most. Unset, an answer lives until a publication; set where queries read
   * from several replicas, since one of them may still lag a publication another has already shown the version of.
   */
  maxAgeMs?: number;
}

/** The bound on an answer's age when the API reads from read replicas. */
export const REPLICA_RESPONSE_MAX_AGE_MS = 30_000;

/** The default bound: enough for every public page of the portal many times over, small beside the process. */
export const DEFAULT_RESPONSE_CACHE: ResponseCacheOptions = { maxBytes: 64 * 1024 * 1024 };

/** Marks each GraphQL answer: served from the cache, computed and kept, or never cached (signed in, mutation, error). */
export type CacheOutcome = 'hit' | 'miss' | 'bypass';
export const CACHE_HEADER = 'x-cache';

interface GraphQLBody {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
}

/** A query text with ignored characters stripped, or null when it is not one readable query (mutations, parse errors). */
function readQuery(query: string, operationName: string | null): string | null {
  try {
    const document = parse(query, { noLocation: true });
    return getOperationAST(document, operationName)?.operation === 'query' ? stripIgnoredCharacters(query) : null;
  } catch {
    return null;
  }
}

function bypass(res: Response): void {
  res.setHeader(CACHE_HEADER, 'bypass');
}

/**
 * Caches anonymous GraphQL query answers in this process, keyed by the normalised document, operation name,
 * variables, accepted media type and the publication version. Every transaction that changes what the public sees
 * bumps that version in the database, and each request reads it (one tiny statement), so any number of processes
 * on one database stop serving an answer as soon as a publication commits. Requests with a token, mutations and
 * answers with errors are never cached. `false` gives a middleware that only marks answers as bypassed.
 */
export function responseCache(orm: MikroORM, options: ResponseCacheOptions | false): RequestHandler {
  if (options === false) {
    return (_req, res, next) => {
      bypass(res);
      next();
    };
  }
  const store = createResponseStore(options.maxBytes, options.maxAgeMs);
  const documents = new LRUCache<string, { normalised: string | null }>({ max: 2_000 });
  const normalise = (query: string, operationName: string | null) => {
    const memoKey = `${operationName ?? ''}\u0000${query}`;
    let entry = documents.get(memoKey);
    if (!entry) {
      entry = { normalised: readQuery(query, operationName) };
      documents.set(memoKey, entry);
    }
    return entry.normalised;
  };

  return async (req, res, next) => {
    const body = req.body as GraphQLBody | undefined;
    const operationName = typeof body?.operationName === 'string' ? body.operationName : null;
    if (req.method !== 'POST' || req.headers.authorization !== undefined || typeof body?.query !== 'string') {
      bypass(res);
      next();
      return;
    }
    const document = normalise(body.query, operationName);
    if (document === null) {
      bypass(res);
      next();
      return;
    }
    let version: string;
    try {
      // Read where anonymous queries read (a replica when there are some), so the version never runs ahead of the data.
      version = await readPublicationVersion(orm.em.fork().getKysely<unknown>({ type: 'read' }));
    } catch {
      bypass(res);
      next();
      return;
    }
    const key = JSON.stringify([version, document, operationName, body.variables ?? null, req.headers.accept ?? '']);
    const cached = store.get(key);
    if (cached) {
      res.status(200).setHeader(CACHE_HEADER, 'hit').setHeader('content-type', cached.contentType).send(cached.body);
      return;
    }
    const send = res.send.bind(res);
    res.send = (payload: unknown) => {
      // Apollo writes `errors` first, so any answer with an error starts with it.
      const storable = res.statusCode === 200 && typeof payload === 'string' && !payload.startsWith('{"errors"');
      if (storable) store.set(key, { body: payload, contentType: String(res.getHeader('content-type') ?? 'application/json') });
      res.setHeader(CACHE_HEADER, storable ? 'miss' : 'bypass');
      return send(payload);
    };
    next();
  };
}
