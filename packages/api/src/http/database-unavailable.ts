import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

export const DATABASE_UNAVAILABLE_CODE = 'SERVICE_UNAVAILABLE';
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Cơ sở dữ liệu tạm thời không truy cập được; hãy thử lại sau ít giây / The database is temporarily unavailable; try again in a few seconds';
/** Seconds a client is asked to wait before retrying (Retry-After). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * PostgreSQL's codes for a server shutting down, starting up, crashed or full (classes 08, 57P, 53300); not 08P01,
 * a protocol violation, which a malformed request causes.
 */
const UNAVAILABLE_SQLSTATES = /^((?!08P01)08\w{3}|57P0[1-4]|53300)$/;
/** Node's codes for a connection refused, reset or cut. */
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);
/** The pg driver's messages for a connection lost or never made, which carry no code. */
const UNAVAILABLE_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Whether an error (or anything it wraps) says the database cannot be reached, rather than that a query is wrong. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); ) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
    if (UNAVAILABLE_MESSAGES.test(current.message)) return true;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** The error a client sees while the database is away: 503 with Retry-After, in both languages. */
export function databaseUnavailableError(cause: unknown): GraphQLError {
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code: DATABASE_UNAVAILABLE_CODE, http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) } },
  });
}

/** Answers 503 with Retry-After when a GraphQL request failed because the database could not be reached. */
export function databaseUnavailablePlugin<Context extends BaseContext>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, response }) {
          if (!errors.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
