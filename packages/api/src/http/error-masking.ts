import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { USER_ERROR_CODES } from '../common/user-error.js';
import type { Logger } from '../logger.js';
import { DATABASE_UNAVAILABLE_CODE, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from './database-unavailable.js';

/** Codes of errors about the request itself, whose messages the client may see. */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set([
  ...USER_ERROR_CODES,
  'QUERY_TOO_DEEP',
  'TOO_MANY_ALIASES',
  'TOO_MANY_DIRECTIVES',
  'QUERY_TOO_COSTLY',
  'QUERY_TOO_LARGE',
  'RATE_LIMITED',
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

export const INTERNAL_ERROR_MESSAGE = 'Lỗi nội bộ của máy chủ / Internal server error';

/** Whether an error was raised on purpose about the request (shown as is) rather than a fault (masked). */
export function isClientError(error: unknown): boolean {
  const source = unwrapResolverError(error);
  const code = source instanceof GraphQLError ? source.extensions.code : undefined;
  return typeof code === 'string' && CLIENT_ERROR_CODES.has(code);
}

/** Apollo's formatError: client errors pass, every other error becomes INTERNAL_SERVER_ERROR without details. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (isClientError(error)) return formatted;
  if (isDatabaseUnavailable(unwrapResolverError(error))) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: DATABASE_UNAVAILABLE_CODE } };
  }
  return {
    message: INTERNAL_ERROR_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs the original of every masked error with the request's logger (and so its request id). */
export function errorLoggingPlugin<Context extends { log: Logger }>(fallback: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const log = contextValue?.log ?? fallback;
          for (const error of errors) {
            if (!isClientError(error)) log.error({ err: unwrapResolverError(error), path: error.path }, 'internal error while answering a GraphQL request');
          }
        },
      };
    },
  };
}
