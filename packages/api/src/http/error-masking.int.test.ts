import { GraphQLError } from 'graphql';
import { Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestApp, type TestApp } from '../test/test-app.js';

/** Resolvers that fail on purpose, one with a fault and one with the client's mistake. */
@Resolver()
class FailureProbeResolver {
  @Query(() => String, { description: 'Fails with an internal fault.' })
  probeFault(): string {
    throw new Error('connection to 10.0.0.7 refused: password authentication failed for user "api"');
  }

  @Query(() => String, { description: 'Fails with a user error.' })
  probeUserError(): string {
    throw new GraphQLError('Sai / Wrong', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'x' } });
  }
}

let development: TestApp;
let production: TestApp;
beforeAll(async () => {
  [development, production] = await Promise.all([
    createTestApp({ extraResolvers: [FailureProbeResolver] }),
    createTestApp({ production: true, extraResolvers: [FailureProbeResolver] }),
  ]);
});
afterAll(async () => {
  await Promise.all([development.close(), production.close()]);
});

describe('error masking', () => {
  test.each([
    ['development', () => development],
    ['production', () => production],
  ])('in %s an internal fault is masked to INTERNAL_SERVER_ERROR, and the original is logged with the request id', async (_mode, app) => {
    const { status, headers, body } = await app().graphql('{ probeFault }', undefined, { 'x-request-id': 'mask-test-1' });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: 'Lỗi nội bộ của máy chủ / Internal server error',
          locations: [{ line: 1, column: 3 }],
          path: ['probeFault'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    expect(JSON.stringify(body)).not.toMatch(/10\.0\.0\.7|password|stack/);
    expect(headers.get('x-request-id')).toBe('mask-test-1');
    const logged = app().logs.find((line) => line.msg === 'internal error while answering a GraphQL request');
    expect(logged).toMatchObject({ level: 50, req: { id: 'mask-test-1' }, err: { message: expect.stringMatching(/10\.0\.0\.7/) } });
  });

  test('a user error keeps its message and code', async () => {
    const { body } = await development.graphql('{ probeUserError }');
    expect(body.errors).toEqual([
      { message: 'Sai / Wrong', locations: [{ line: 1, column: 3 }], path: ['probeUserError'], extensions: { code: 'BAD_USER_INPUT', argumentName: 'x' } },
    ]);
  });
});

describe('production mode', () => {
  test('introspection is off in production and on in development', async () => {
    const query = '{ __schema { queryType { name } } }';
    const [prod, dev] = await Promise.all([production.graphql(query), development.graphql(query)]);
    expect(prod.status).toBe(400);
    expect(prod.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(dev.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  test('"did you mean" suggestions are off in production and on in development', async () => {
    const query = '{ unti(id: "848") { name } }';
    const [prod, dev] = await Promise.all([production.graphql(query), development.graphql(query)]);
    expect(prod.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(dev.body.errors?.[0]?.message).toMatch(/Did you mean "unit"/);
  });

  test('the explorer page is served in development only', async () => {
    const [prod, dev] = await Promise.all([production.fetch('/explorer'), development.fetch('/explorer')]);
    expect(prod.status).toBe(404);
    expect(dev.status).toBe(200);
    expect(dev.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await dev.text()).toMatch(/<textarea id="query"/);
  });
});
