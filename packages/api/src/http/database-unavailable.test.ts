import { GraphQLError } from 'graphql';
import { describe, expect, test } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable.js';

function failure(message: string, code?: string): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code });
}

describe('isDatabaseUnavailable', () => {
  test.each([
    ['a server being shut down', failure('terminating connection due to administrator command', '57P01'), true],
    ['a server starting up', failure('the database system is starting up', '57P03'), true],
    ['too many connections', failure('sorry, too many clients already', '53300'), true],
    ['a connection failure', failure('connection failure', '08006'), true],
    ['a refused connection', failure('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'), true],
    ['a connection cut', failure('Connection terminated unexpectedly'), true],
    ['a pool that could not connect in time', failure('timeout exceeded when trying to connect'), true],
    ['a wrapped refused connection', new Error('query failed', { cause: failure('connect ECONNREFUSED', 'ECONNREFUSED') }), true],
    ['a GraphQL error around a cut connection', new GraphQLError('x', { originalError: failure('Connection terminated unexpectedly') }), true],
    ['a protocol violation from a malformed request', failure('invalid message format', '08P01'), false],
    ['a statement timeout', failure('canceling statement due to statement timeout', '57014'), false],
    ['a unique violation', failure('duplicate key value violates unique constraint', '23505'), false],
    ['a syntax error', failure('syntax error at or near "x"', '42601'), false],
    ['a plain error', new Error('boom'), false],
    ['not an error', 'ECONNREFUSED', false],
  ])('%s → %s', (_name, error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });
});
