import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startApi } from './api-process.js';
import { graphqlClient } from './graphql-client.js';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

describe('startApi', () => {
  it('starts the API on a free port with its own embedded PostgreSQL, answers GraphQL, and stops', async () => {
    const api = await startApi({ repoRoot });
    try {
      const run = graphqlClient(`${api.baseUrl}/graphql`);
      const document = parse('query Plans { plans(first: 1) { totalCount } }') as TypedDocumentNode<{ plans: { totalCount: number } }, Record<string, never>>;
      const result = await run(document, {});
      expect(result.plans.totalCount).toBeGreaterThan(0);
    } finally {
      await api.stop();
    }
    await expect(fetch(`${api.baseUrl}/readyz`)).rejects.toThrow();
  }, 300_000);
});
